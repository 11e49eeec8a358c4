package city.quanzhou.pilotgraph.search;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class EmbeddingStatusController {

	private final EmbeddingJob job;

	private final VectorIndexState vectorIndex;

	EmbeddingStatusController(EmbeddingJob job, VectorIndexState vectorIndex) {
		this.job = job;
		this.vectorIndex = vectorIndex;
	}

	@QueryMapping
	EmbeddingStatus embeddingStatus() {
		return this.job.status();
	}

	@SchemaMapping(typeName = "EmbeddingStatus")
	VectorIndexState.Status index(EmbeddingStatus status) {
		return this.vectorIndex.status();
	}

}
