package city.quanzhou.pilotgraph.live;

import java.util.Set;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import city.quanzhou.pilotgraph.entity.EntityKind;

/**
 * This instance's subscribers and the changes they are sent. Writers do not call it: they append to the
 * {@link ChangeLog} in their transaction, and the {@link ChangeLogFollower} hands this publisher what it reads
 * there, in commit order, so every change is announced once on every instance, whichever instance wrote it,
 * and a refused or failed write (rolled back, never in the log) is never announced. The number of open
 * subscriptions is the gauge {@code pilotgraph.live.subscribers}. Features of this instance that act on
 * changes (saved-search alerts) hear of each one as an application event, published after the subscribers
 * are sent it; they are not subscribers and are not counted.
 */
@Component
public class ChangePublisher implements MeterBinder {

	private static final Logger log = LoggerFactory.getLogger(ChangePublisher.class);

	// Best effort: a subscriber too slow to take a change misses it rather than holding up the log's follower
	// or the other subscribers; each change only tells a dashboard to reload a panel.
	private final Sinks.Many<Change> sink = Sinks.many().multicast().directBestEffort();

	private final ApplicationEventPublisher events;

	ChangePublisher(ApplicationEventPublisher events) {
		this.events = events;
	}

	/** The changes from now on that concern entities of these kinds (all when empty). */
	public Flux<Change> changes(Set<EntityKind> kinds) {
		return this.sink.asFlux().filter((change) -> change.concerns(kinds));
	}

	/** Subscriptions open on this instance right now. */
	public int subscriberCount() {
		return this.sink.currentSubscriberCount();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("pilotgraph.live.subscribers", this, ChangePublisher::subscriberCount)
			.description("Open subscriptions to the changes of the graph")
			.register(registry);
	}

	/** Sends a change read from the log to the subscribers (one thread does, but a sink must never see two at once). */
	synchronized void emit(Change change) {
		Sinks.EmitResult result = this.sink.tryEmitNext(change);
		if (result.isFailure() && result != Sinks.EmitResult.FAIL_ZERO_SUBSCRIBER) {
			log.warn("Change {} not announced: {}", change.type(), result);
		}
		try {
			// listeners run on the follower's thread: they hand the work to threads of their own
			this.events.publishEvent(change);
		}
		catch (RuntimeException ex) {
			log.warn("A listener failed on change {}: {}", change.type(), ex.getMessage());
		}
	}

}
