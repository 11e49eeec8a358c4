package city.quanzhou.pilotgraph.digest;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.security.Roles;

/** Digests over GraphQL: for any signed-in user, their own; editors and admins anyone's, and the outbox. */
@Controller
class DigestController {

	private final DigestService digests;

	private final Clock clock;

	DigestController(DigestService digests, ObjectProvider<Clock> clock) {
		this.digests = digests;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@QueryMapping
	@PreAuthorize("isAuthenticated()")
	List<DigestSubscription> digestSubscriptions(@Argument String owner, @Argument Integer first, Authentication caller) {
		return this.digests.subscriptions(owner, caller, first);
	}

	@QueryMapping
	@PreAuthorize("isAuthenticated()")
	List<Digest> digestInbox(@Argument String subscriptionId, @Argument String owner, @Argument Integer first,
			Authentication caller) {
		return this.digests.inbox(subscriptionId, owner, caller, first);
	}

	@QueryMapping
	@PreAuthorize(Roles.WRITES)
	List<DigestDelivery> digestDeliveries(@Argument DeliveryState state, @Argument Integer first) {
		return this.digests.deliveries(state, first);
	}

	@MutationMapping
	@PreAuthorize("isAuthenticated()")
	DigestPayload subscribeDigest(@Argument Map<String, Object> input, Authentication caller) {
		return this.digests.subscribe(input, caller, this.clock.instant());
	}

	@MutationMapping
	@PreAuthorize("isAuthenticated()")
	DigestPayload unsubscribeDigest(@Argument String id, Authentication caller) {
		return this.digests.unsubscribe(id, caller);
	}

	@MutationMapping
	@PreAuthorize("isAuthenticated()")
	FeedbackPayload answerDigestItem(@Argument String itemId, @Argument FeedbackAnswer answer, Authentication caller) {
		return this.digests.answer(itemId, answer, caller, this.clock.instant());
	}

	@SchemaMapping
	String answerLabel(DigestItem item) {
		return (item.answer() == null) ? null : item.answer().label();
	}

}
