package city.quanzhou.pilotgraph.alert;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Flux;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.security.Identity;

/** Saved searches and their alerts over GraphQL: every field for signed-in users, each their own. */
@Controller
class AlertController {

	private final SavedSearchService savedSearches;

	private final Clock clock;

	AlertController(SavedSearchService savedSearches, ObjectProvider<Clock> clock) {
		this.savedSearches = savedSearches;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@QueryMapping
	@PreAuthorize("isAuthenticated()")
	List<SavedSearch> savedSearches(Authentication caller) {
		return this.savedSearches.mine(caller);
	}

	@QueryMapping
	@PreAuthorize("isAuthenticated()")
	List<SearchAlert> searchAlerts(@Argument Boolean unreadOnly, @Argument Integer first, Authentication caller) {
		return this.savedSearches.alerts(caller, Boolean.TRUE.equals(unreadOnly), first);
	}

	@MutationMapping
	@PreAuthorize("isAuthenticated()")
	SavedSearchPayload saveSearch(@Argument Map<String, Object> input, Authentication caller) {
		return this.savedSearches.save(input, caller, this.clock.instant());
	}

	@MutationMapping
	@PreAuthorize("isAuthenticated()")
	SavedSearchPayload deleteSavedSearch(@Argument String id, Authentication caller) {
		return this.savedSearches.delete(id, caller);
	}

	@MutationMapping
	@PreAuthorize("isAuthenticated()")
	int markSearchAlertsRead(@Argument List<String> keys, Authentication caller) {
		return this.savedSearches.markRead(keys, caller);
	}

	@SubscriptionMapping
	@PreAuthorize("isAuthenticated()")
	Flux<SearchAlert> newSearchAlerts(@Argument OffsetDateTime since, Authentication caller) {
		return this.savedSearches.stream(Identity.of(caller), (since != null) ? since.toInstant() : this.clock.instant());
	}

}
