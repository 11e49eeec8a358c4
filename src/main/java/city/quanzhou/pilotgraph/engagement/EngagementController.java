package city.quanzhou.pilotgraph.engagement;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.editing.FieldError;
import city.quanzhou.pilotgraph.editing.LinkPayload;
import city.quanzhou.pilotgraph.editing.ReviewGate;
import city.quanzhou.pilotgraph.security.Roles;

/**
 * Engagements over GraphQL. Every field is behind a role: anonymous callers get UNAUTHORIZED, editors and
 * reviewers FORBIDDEN, on each query; only the contract mutation is for editors, like every other tie.
 */
@Controller
class EngagementController {

	private final EngagementService engagements;

	private final ReviewGate review;

	EngagementController(EngagementService engagements, ReviewGate review) {
		this.engagements = engagements;
		this.review = review;
	}

	@QueryMapping
	@PreAuthorize(Roles.READS_ENGAGEMENTS)
	Engagement engagement(@Argument String id) {
		return this.engagements.find(id).orElse(null);
	}

	@QueryMapping
	@PreAuthorize(Roles.READS_ENGAGEMENTS)
	List<Engagement> engagements(@Argument List<EngagementStatus> status, @Argument String handlerId,
			@Argument String subjectId, @Argument Integer first) {
		return this.engagements.pipeline(status, handlerId, subjectId, first);
	}

	@QueryMapping
	@PreAuthorize(Roles.READS_ENGAGEMENTS)
	List<EngagementCount> engagementPipeline(@Argument String handlerId) {
		return this.engagements.counts(handlerId);
	}

	@QueryMapping
	@PreAuthorize(Roles.READS_ENGAGEMENTS)
	List<ChainFunnel> engagementFunnel(@Argument String chainId) {
		return this.engagements.funnel(chainId);
	}

	@MutationMapping
	@PreAuthorize(Roles.RECORDS_ENGAGEMENTS)
	EngagementPayload recordEngagement(@Argument Map<String, Object> input, Authentication caller) {
		return this.engagements.record(input, caller.getName());
	}

	@MutationMapping
	@PreAuthorize(Roles.RECORDS_ENGAGEMENTS)
	EngagementPayload advanceEngagement(@Argument Map<String, Object> input, Authentication caller) {
		return this.engagements.advance(input, caller.getName());
	}

	/**
	 * An editor whose writes are reviewed proposes the tie with {@code linkEntities} instead: a contract made
	 * here would pass the review by.
	 */
	@MutationMapping
	@PreAuthorize(Roles.WRITES)
	LinkPayload contractFromEngagement(@Argument String engagementId, @Argument Double amount, @Argument Integer year,
			Authentication caller) {
		if (this.review.holds(caller)) {
			return new LinkPayload(null, null, null, null, List.of(new FieldError("engagementId",
					"your writes are reviewed: propose the contract with linkEntities (type TRANSFERRED_TO, from the "
							+ "engagement's result to its enterprise); the engagement shows it once approved")),
					null);
		}
		return this.engagements.contract(engagementId, amount, year, caller.getName());
	}

	@SchemaMapping
	String statusLabel(Engagement engagement) {
		return engagement.status().label();
	}

	@SchemaMapping
	double conversion(ChainFunnel funnel) {
		return funnel.conversion();
	}

}
