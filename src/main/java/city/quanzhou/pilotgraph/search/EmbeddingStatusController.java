package city.quanzhou.pilotgraph.search;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class EmbeddingStatusController {

	private final EmbeddingJob job;

	EmbeddingStatusController(EmbeddingJob job) {
		this.job = job;
	}

	@QueryMapping
	EmbeddingStatus embeddingStatus() {
		return this.job.status();
	}

}
