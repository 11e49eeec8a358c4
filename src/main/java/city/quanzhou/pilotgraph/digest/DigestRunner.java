package city.quanzhou.pilotgraph.digest;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import city.quanzhou.pilotgraph.entity.GraphReads;

/**
 * Runs the subscriptions that are due: for each, one transaction claims the run (moves its next run on under
 * the subscription's lock), composes the digest and, when there is something new, writes it (the inbox entry)
 * with one PENDING delivery per channel, the outbox the {@link DeliveryJob} works through. A run that finds
 * nothing new writes no digest and sends nothing. The clock is the caller's: the scheduler passes the time,
 * tests pass any.
 */
@Component
public class DigestRunner {

	private static final Logger log = LoggerFactory.getLogger(DigestRunner.class);

	/** Most subscriptions taken per look; the rest wait for the next look, a poll interval later. */
	private static final int BATCH = 100;

	private final GraphReads reads;

	private final Neo4jClient neo4j;

	private final TransactionTemplate transactions;

	private final DigestComposer composer;

	private final Counter written;

	private final Counter empty;

	DigestRunner(GraphReads reads, Neo4jClient neo4j, PlatformTransactionManager transactionManager,
			DigestComposer composer, MeterRegistry meters) {
		this.reads = reads;
		this.neo4j = neo4j;
		this.transactions = new TransactionTemplate(transactionManager);
		this.composer = composer;
		this.written = Counter.builder("pilotgraph.digest.runs").tag("outcome", "written")
			.description("Subscription runs, by whether they found something new").register(meters);
		this.empty = Counter.builder("pilotgraph.digest.runs").tag("outcome", "nothing-new")
			.description("Subscription runs, by whether they found something new").register(meters);
	}

	/** Runs every subscription due at {@code now}; returns the keys of the digests written. */
	public List<String> runDue(Instant now) {
		List<String> due = this.reads.list(DigestQueries.DUE_SUBSCRIPTIONS,
				GraphReads.parameters("now", now.atZone(ZoneOffset.UTC), "batch", BATCH), (row) -> row.get("id").asString());
		List<String> keys = new ArrayList<>();
		for (String id : due) {
			try {
				run(id, now).ifPresent(keys::add);
			}
			catch (RuntimeException ex) {
				// another instance took the same run (the digest key's constraint) or the graph failed: the run is
				// not moved on unless its transaction committed, so it is tried again at the next look
				log.warn("Digest run of subscription {} not written: {}", id, ex.getMessage());
			}
		}
		return keys;
	}

	private Optional<String> run(String subscriptionId, Instant now) {
		return this.transactions.execute((tx) -> {
			Optional<DigestSubscription> current = this.reads.one(DigestQueries.SUBSCRIPTION,
					GraphReads.parameters("id", subscriptionId), (row) -> DigestRows.subscription(row.get("s")));
			if (current.isEmpty()) {
				return Optional.<String>empty();
			}
			// the next run follows the schedule from now, so a service that was down runs a missed week once
			ZonedDateTime next = CronExpression.parse(current.get().schedule())
				.next(now.atZone(ZoneId.of(current.get().zone())));
			Optional<Claimed> claimed = this.neo4j.query(DigestQueries.CLAIM_RUN)
				.bindAll(GraphReads.parameters("id", subscriptionId, "token", UUID.randomUUID().toString(), "now",
						now.atZone(ZoneOffset.UTC), "next", next.withZoneSameInstant(ZoneOffset.UTC)))
				.fetchAs(Claimed.class)
				.mappedBy((types, row) -> new Claimed(DigestRows.subscription(row.get("s")), row.get("due").asZonedDateTime()))
				.one();
			if (claimed.isEmpty()) {
				return Optional.<String>empty();
			}
			DigestSubscription subscription = claimed.get().subscription();
			List<DigestComposer.Candidate> items = this.composer.compose(subscription, now);
			if (items.isEmpty()) {
				this.empty.increment();
				return Optional.<String>empty();
			}
			String key = subscriptionId + "@" + claimed.get().due().toInstant();
			this.neo4j.query(DigestQueries.CREATE_DIGEST)
				.bindAll(GraphReads.parameters("key", key, "subscriptionId", subscriptionId, "owner", subscription.owner(),
						"kind", subscription.kind().name(), "title", title(subscription, items.size()), "now",
						now.atZone(ZoneOffset.UTC), "items", items(items), "deliveries", deliveries(key, subscription)))
				.run();
			this.written.increment();
			return Optional.of(key);
		});
	}

	private record Claimed(DigestSubscription subscription, ZonedDateTime due) {
	}

	private static List<Map<String, Object>> items(List<DigestComposer.Candidate> candidates) {
		List<Map<String, Object>> items = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			DigestComposer.Candidate candidate = candidates.get(i);
			Map<String, Object> item = new HashMap<>();
			item.put("id", "ditem-" + UUID.randomUUID());
			item.put("entityId", candidate.entityId());
			item.put("entityKind", candidate.entityKind());
			item.put("name", candidate.name());
			item.put("score", Math.round(candidate.score() * 1000) / 1000.0);
			item.put("reasons", candidate.reasons());
			item.put("position", i);
			items.add(item);
		}
		return items;
	}

	private static List<Map<String, Object>> deliveries(String digestKey, DigestSubscription subscription) {
		List<Map<String, Object>> deliveries = new ArrayList<>();
		if (subscription.email() != null) {
			deliveries.add(Map.of("key", digestKey + "#" + DigestChannel.EMAIL, "channel", DigestChannel.EMAIL.name(),
					"target", subscription.email()));
		}
		if (subscription.webhookUrl() != null) {
			deliveries.add(Map.of("key", digestKey + "#" + DigestChannel.WEBHOOK, "channel", DigestChannel.WEBHOOK.name(),
					"target", subscription.webhookUrl()));
		}
		return deliveries;
	}

	static String title(DigestSubscription subscription, int count) {
		String subject = "「" + Optional.ofNullable(subscription.subjectName()).orElse(subscription.subjectId()) + "」";
		return switch (subscription.kind()) {
			case RESULTS_FOR_BASE -> subject + "定期推送：" + count + "项新成果待中试";
			case MATCHES_FOR_OWNER -> subject + "定期推送：" + count + "个新的中试基地与需求";
			case GAPS_IN_CHAIN -> subject + ((subscription.district() != null) ? "（" + subscription.district() + "）" : "")
					+ "定期推送：" + count + "个新的覆盖缺口";
		};
	}

}
