package city.quanzhou.pilotgraph.review;

import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.editing.Proposal;
import city.quanzhou.pilotgraph.entity.Connection;
import city.quanzhou.pilotgraph.security.Roles;

@Controller
class ReviewController {

	private final ReviewService review;

	ReviewController(ReviewService review) {
		this.review = review;
	}

	@QueryMapping
	@PreAuthorize(Roles.PROPOSES_OR_REVIEWS)
	Connection<Proposal> proposals(@Argument String status, @Argument Integer first, @Argument String after,
			Authentication caller) {
		return this.review.proposals(status, first, after, caller);
	}

	@MutationMapping
	@PreAuthorize(Roles.REVIEWS)
	ReviewPayload approveProposal(@Argument Map<String, Object> input, Authentication caller) {
		return this.review.approve((String) input.get("id"), (String) input.get("comment"), caller);
	}

	@MutationMapping
	@PreAuthorize(Roles.REVIEWS)
	ReviewPayload rejectProposal(@Argument Map<String, Object> input, Authentication caller) {
		return this.review.reject((String) input.get("id"), (String) input.get("comment"), caller);
	}

}
