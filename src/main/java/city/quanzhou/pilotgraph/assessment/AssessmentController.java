package city.quanzhou.pilotgraph.assessment;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.entity.Arguments;
import city.quanzhou.pilotgraph.security.Roles;

@Controller
class AssessmentController {

	private final AssessmentService assessment;

	AssessmentController(AssessmentService assessment) {
		this.assessment = assessment;
	}

	@QueryMapping
	AssessmentCriteria assessmentCriteria(@Argument Integer version) {
		return this.assessment.criteria(version);
	}

	@QueryMapping
	List<AssessmentCriteria> assessmentCriteriaVersions() {
		return this.assessment.versions();
	}

	@QueryMapping
	List<BaseScore> baseRanking(@Argument Integer year, @Argument Integer criteriaVersion, @Argument Integer first) {
		int limit = Arguments.first("first", first);
		return this.assessment.ranking(year, criteriaVersion).stream().limit(limit).toList();
	}

	@QueryMapping
	BaseScore baseScore(@Argument String baseId, @Argument Integer year, @Argument Integer criteriaVersion) {
		return this.assessment.score(baseId, year, criteriaVersion).orElse(null);
	}

	@QueryMapping
	List<SuggestedReward> suggestedRewards(@Argument Integer year, @Argument Double budget, @Argument Double minScore,
			@Argument Integer first, @Argument Integer criteriaVersion) {
		return this.assessment.rewards(year, budget, minScore, first, criteriaVersion);
	}

	@MutationMapping
	@PreAuthorize(Roles.ADMINISTERS)
	CriteriaPayload setAssessmentCriteria(@Argument Map<String, Object> input, Authentication caller) {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> weights = (List<Map<String, Object>>) input.get("weights");
		return this.assessment.setCriteria(weights, (String) input.get("note"), caller.getName());
	}

}
