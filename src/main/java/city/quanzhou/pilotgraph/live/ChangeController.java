package city.quanzhou.pilotgraph.live;

import java.util.EnumSet;
import java.util.List;

import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.entity.EntityKind;

/** The {@code changes} subscription: open to anonymous readers, like the public graph it reports on. */
@Controller
class ChangeController {

	private final ChangePublisher publisher;

	ChangeController(ChangePublisher publisher) {
		this.publisher = publisher;
	}

	@SubscriptionMapping
	Flux<Change> changes(@Argument List<EntityKind> kinds) {
		return this.publisher.changes((kinds == null || kinds.isEmpty()) ? EnumSet.noneOf(EntityKind.class) : EnumSet.copyOf(kinds));
	}

}
