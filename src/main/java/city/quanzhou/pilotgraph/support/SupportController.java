package city.quanzhou.pilotgraph.support;

import java.time.LocalDate;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.base.TestBase;

@Controller
class SupportController {

	private final SupportService support;

	SupportController(SupportService support) {
		this.support = support;
	}

	@QueryMapping
	List<BaseSupport> supportAndDelivery(@Argument Integer year, @Argument Integer first) {
		return this.support.supportAndDelivery(year, first);
	}

	@QueryMapping
	List<VoucherGroup> vouchersBy(@Argument VoucherDimension by, @Argument Integer year, @Argument String level) {
		return this.support.vouchersBy(by, year, level);
	}

	@QueryMapping
	List<PipelineStage> recognitionPipeline() {
		return this.support.recognitionPipeline(LocalDate.now());
	}

	@QueryMapping
	List<TestBase> basesNeverAssessed(@Argument Integer first) {
		return this.support.basesNeverAssessed(first);
	}

	@QueryMapping
	List<TrainingOrganiser> trainingByOrganiser(@Argument Integer year) {
		return this.support.training(year);
	}

}
