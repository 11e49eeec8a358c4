package city.quanzhou.pilotgraph.live;

import java.util.Set;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import city.quanzhou.pilotgraph.entity.EntityKind;

/**
 * Announces committed writes to this instance's subscribers. Writers call {@link #publishAfterCommit}
 * inside their transaction; the change goes out only once that transaction has committed, so a refused or
 * failed write (rolled back) is never announced, and a subscriber that reloads on the news reads the new
 * state. The number of open subscriptions is the gauge {@code pilotgraph.live.subscribers}.
 */
@Component
public class ChangePublisher implements MeterBinder {

	private static final Logger log = LoggerFactory.getLogger(ChangePublisher.class);

	// Best effort: a subscriber too slow to take a change misses it rather than holding up the writers
	// or the other subscribers; each change only tells a dashboard to reload a panel.
	private final Sinks.Many<Change> sink = Sinks.many().multicast().directBestEffort();

	/**
	 * Announces the change after the current transaction commits, or at once when called outside a
	 * transaction (after a write that has already committed, such as an import).
	 */
	public void publishAfterCommit(Change change) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					emit(change);
				}
			});
		}
		else {
			emit(change);
		}
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

	// Writers commit on many threads at once; a sink takes one emission at a time.
	private synchronized void emit(Change change) {
		Sinks.EmitResult result = this.sink.tryEmitNext(change);
		if (result.isFailure() && result != Sinks.EmitResult.FAIL_ZERO_SUBSCRIBER) {
			log.warn("Change {} not announced: {}", change.type(), result);
		}
	}

}
