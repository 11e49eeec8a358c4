package city.quanzhou.pilotgraph.policy;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.entity.Connection;
import city.quanzhou.pilotgraph.entity.EntityFilter;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.EntityOrder;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.PageSelection;

/**
 * The list queries of the policy records. Their ties all lead to other kinds, so their fields are in
 * {@code relationship.PolicyTies}.
 */
@Controller
class PolicyController {

	private final EntityService entities;

	PolicyController(EntityService entities) {
		this.entities = entities;
	}

	@QueryMapping
	Connection<VoucherGrant> voucherGrants(@Argument Integer first, @Argument String after, @Argument EntityFilter filter,
			@Argument EntityOrder orderBy, DataFetchingEnvironment environment) {
		return this.entities.page(EntityKind.VOUCHER_GRANT, VoucherGrant.class, filter, orderBy, first, after,
				PageSelection.of(environment));
	}

	@QueryMapping
	Connection<Subsidy> subsidies(@Argument Integer first, @Argument String after, @Argument EntityFilter filter,
			@Argument EntityOrder orderBy, DataFetchingEnvironment environment) {
		return this.entities.page(EntityKind.SUBSIDY, Subsidy.class, filter, orderBy, first, after,
				PageSelection.of(environment));
	}

	@QueryMapping
	Connection<Assessment> assessments(@Argument Integer first, @Argument String after, @Argument EntityFilter filter,
			@Argument EntityOrder orderBy, DataFetchingEnvironment environment) {
		return this.entities.page(EntityKind.ASSESSMENT, Assessment.class, filter, orderBy, first, after,
				PageSelection.of(environment));
	}

	@QueryMapping
	Connection<RecognitionStep> recognitionSteps(@Argument Integer first, @Argument String after,
			@Argument EntityFilter filter, @Argument EntityOrder orderBy, DataFetchingEnvironment environment) {
		return this.entities.page(EntityKind.RECOGNITION_STEP, RecognitionStep.class, filter, orderBy, first, after,
				PageSelection.of(environment));
	}

	@QueryMapping
	Connection<TrainingEvent> trainingEvents(@Argument Integer first, @Argument String after,
			@Argument EntityFilter filter, @Argument EntityOrder orderBy, DataFetchingEnvironment environment) {
		return this.entities.page(EntityKind.TRAINING_EVENT, TrainingEvent.class, filter, orderBy, first, after,
				PageSelection.of(environment));
	}

	@QueryMapping
	Connection<BenefitTerms> benefitTerms(@Argument Integer first, @Argument String after, @Argument EntityFilter filter,
			@Argument EntityOrder orderBy, DataFetchingEnvironment environment) {
		return this.entities.page(EntityKind.BENEFIT_TERMS, BenefitTerms.class, filter, orderBy, first, after,
				PageSelection.of(environment));
	}

}
