package city.quanzhou.pilotgraph.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import city.quanzhou.pilotgraph.entity.GraphReads;

/**
 * Works through the outbox: claims each PENDING delivery that is due (one transaction, under the delivery's
 * lock, so of several instances one sends it), sends it, and records the outcome. A failed attempt is tried
 * again after a back-off (first retry, then five times longer each time, at most a day) until the last attempt
 * marks it FAILED. Deliveries are sent side by side on virtual threads: a slow or failing mail server or
 * webhook delays only its own deliveries. Nothing is kept in memory: after a restart, the pending deliveries
 * (and those whose claim's lease ran out on an instance that died) are taken up again. A receiver may see a
 * delivery twice when an acknowledgement is lost; each carries its delivery id so that it can tell.
 */
@Component
public class DeliveryJob {

	private static final Logger log = LoggerFactory.getLogger(DeliveryJob.class);

	private static final int BATCH = 50;

	private static final Duration LONGEST_WAIT = Duration.ofDays(1);

	private static final int MAX_ERROR = 500;

	/** Names this instance in its claims. */
	private final String instance = "instance-" + UUID.randomUUID();

	private final GraphReads reads;

	private final Neo4jClient neo4j;

	private final TransactionTemplate transactions;

	private final DigestService digests;

	private final DeliveryChannels channels;

	private final DigestProperties properties;

	private final MeterRegistry meters;

	DeliveryJob(GraphReads reads, Neo4jClient neo4j, PlatformTransactionManager transactionManager,
			DigestService digests, DeliveryChannels channels, DigestProperties properties, MeterRegistry meters) {
		this.reads = reads;
		this.neo4j = neo4j;
		this.transactions = new TransactionTemplate(transactionManager);
		this.digests = digests;
		this.channels = channels;
		this.properties = properties;
		this.meters = meters;
	}

	/** What one pass did. */
	public record Outcome(int delivered, int failed) {
	}

	/** Sends every delivery due at {@code now} that this instance can claim. */
	public Outcome deliverDue(Instant now) {
		List<String> due = this.reads.list(DigestQueries.DUE_DELIVERIES,
				GraphReads.parameters("now", now.atZone(ZoneOffset.UTC), "batch", BATCH), (row) -> row.get("key").asString());
		List<Future<Boolean>> sends = new ArrayList<>();
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (String key : due) {
				sends.add(executor.submit(() -> {
					try {
						return deliver(key, now);
					}
					catch (RuntimeException ex) {
						// its outcome was not recorded: the lease runs out and the delivery is tried again
						log.warn("Delivery {} left to a later pass: {}", key, ex.getMessage());
						return null;
					}
				}));
			}
		}
		int delivered = 0;
		int failed = 0;
		for (Future<Boolean> send : sends) {
			Boolean result = send.resultNow();
			if (Boolean.TRUE.equals(result)) {
				delivered++;
			}
			else if (Boolean.FALSE.equals(result)) {
				failed++;
			}
		}
		return new Outcome(delivered, failed);
	}

	/** True when sent, false when the attempt failed, null when another instance holds it or it is no longer due. */
	private Boolean deliver(String key, Instant now) {
		Optional<DigestDelivery> claimed;
		try {
			claimed = this.transactions.execute((tx) -> this.neo4j.query(DigestQueries.CLAIM_DELIVERY)
				.bindAll(GraphReads.parameters("key", key, "token", UUID.randomUUID().toString(), "now",
						now.atZone(ZoneOffset.UTC), "leaseUntil", now.plus(this.properties.lease()).atZone(ZoneOffset.UTC),
						"instance", this.instance))
				.fetchAs(DigestDelivery.class)
				.mappedBy((types, row) -> DigestRows.delivery(row.get("d")))
				.one());
		}
		catch (RuntimeException ex) {
			log.debug("Delivery {} not claimed: {}", key, ex.getMessage());
			return null;
		}
		if (claimed == null || claimed.isEmpty()) {
			return null;
		}
		DigestDelivery delivery = claimed.get();
		try {
			Digest digest = this.digests.digest(delivery.digestKey()).orElseThrow();
			DigestSubscription subscription = this.digests.subscription(digest.subscriptionId()).orElse(null);
			this.channels.send(delivery, digest, subscription, now);
		}
		catch (Exception ex) {
			String error = Optional.ofNullable(ex.getMessage()).orElse(ex.getClass().getSimpleName());
			Instant next = now.plus(backoff(delivery.attempts()));
			record(DigestQueries.ATTEMPT_FAILED, GraphReads.parameters("key", key, "instance", this.instance,
					"maxAttempts", this.properties.maxAttempts(), "nextAttemptAt", next.atZone(ZoneOffset.UTC), "error",
					error.substring(0, Math.min(MAX_ERROR, error.length()))));
			log.warn("Delivery {} ({}) attempt {} failed: {}", key, delivery.channel(), delivery.attempts(), error);
			count(delivery.channel(), (delivery.attempts() >= this.properties.maxAttempts()) ? "failed" : "retry");
			return false;
		}
		record(DigestQueries.DELIVERED, GraphReads.parameters("key", key, "instance", this.instance, "now",
				now.atZone(ZoneOffset.UTC)));
		count(delivery.channel(), "delivered");
		return true;
	}

	/** The wait after attempt {@code attempts}: the first retry, then five times longer each time, at most a day. */
	Duration backoff(int attempts) {
		Duration wait = this.properties.firstRetry();
		for (int i = 1; i < attempts && wait.compareTo(LONGEST_WAIT) < 0; i++) {
			wait = wait.multipliedBy(5);
		}
		return (wait.compareTo(LONGEST_WAIT) > 0) ? LONGEST_WAIT : wait;
	}

	private void record(String cypher, java.util.Map<String, Object> parameters) {
		// if this fails the lease runs out and the delivery is sent again: at least once, never lost
		this.transactions.executeWithoutResult((tx) -> this.neo4j.query(cypher).bindAll(parameters).run());
	}

	private void count(DigestChannel channel, String outcome) {
		this.meters.counter("pilotgraph.digest.deliveries", "channel", channel.name().toLowerCase(java.util.Locale.ROOT),
				"outcome", outcome).increment();
	}

}
