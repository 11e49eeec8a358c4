package city.quanzhou.pilotgraph.quality;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class QualityController {

	private final QualityService quality;

	QualityController(QualityService quality) {
		this.quality = quality;
	}

	@QueryMapping
	DataQuality dataQuality(@Argument Integer staleAfterDays) {
		return this.quality.dataQuality(staleAfterDays);
	}

}
