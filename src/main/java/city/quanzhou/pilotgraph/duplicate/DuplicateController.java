package city.quanzhou.pilotgraph.duplicate;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.editing.EntityMerger;
import city.quanzhou.pilotgraph.editing.MergePayload;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.security.Roles;

@Controller
class DuplicateController {

	private final DuplicateService duplicates;

	private final EntityMerger merger;

	DuplicateController(DuplicateService duplicates, EntityMerger merger) {
		this.duplicates = duplicates;
		this.merger = merger;
	}

	@QueryMapping
	@PreAuthorize(Roles.READS_EVERYTHING)
	List<DuplicateCandidate> duplicateCandidates(@Argument EntityKind kind, @Argument Integer first,
			@Argument Double minScore) {
		return this.duplicates.candidates(kind, first, minScore);
	}

	@MutationMapping
	@PreAuthorize(Roles.ADMINISTERS)
	MergePayload mergeEntities(@Argument Map<String, Object> input, Authentication caller) {
		return this.merger.merge((String) input.get("survivorId"), ((Number) input.get("survivorVersion")).longValue(),
				(String) input.get("mergedId"), ((Number) input.get("mergedVersion")).longValue(), caller.getName());
	}

}
