package city.quanzhou.pilotgraph.alert;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.GraphReads;
import city.quanzhou.pilotgraph.live.Change;
import city.quanzhou.pilotgraph.live.ChangeType;
import city.quanzhou.pilotgraph.search.MatchMethod;
import city.quanzhou.pilotgraph.search.SearchHit;
import city.quanzhou.pilotgraph.search.SearchRequest;
import city.quanzhou.pilotgraph.search.SearchService;
import city.quanzhou.pilotgraph.system.InvalidArgumentException;

/**
 * Checks new entities against the saved searches, in two steps, because a new entity has no embedding until
 * the background job stores one:
 * <ol>
 * <li>by words, when the change log announces its creation (or an import): the saved searches run as any
 * search, and the new entity can only be found by its words, name and aliases; one instance claims each entity
 * (a unique check record), the others leave it;</li>
 * <li>by meaning and words, once the embedding job has stored its vector: the sweep claims the checks whose
 * entity is no longer queued for embedding and runs the saved searches again.</li>
 * </ol>
 * A hit alerts when its score reaches the saved search's threshold and it matched by words, name or alias, or
 * by meaning with a cosine of at least {@link #MEANING_ONLY_FLOOR} (the vector index returns the nearest
 * entities, near or not). The alert's key is unique, so an entity alerts a saved search once, whichever step and
 * instance finds it first.
 */
@Component
public class AlertEvaluator implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(AlertEvaluator.class);

	static final double MEANING_ONLY_FLOOR = 0.6;

	/** Hits read per saved search: the most a search returns. */
	private static final int HITS = 100;

	private static final int SWEEP_BATCH = 200;

	private static final int IMPORT_LIMIT = 10_000;

	/** Creations waiting to be checked; beyond it a burst of writes goes unchecked by words (and so unchecked). */
	private static final int QUEUE = 100_000;

	private final String instance = "instance-" + UUID.randomUUID();

	private final SavedSearchService savedSearches;

	private final SearchService search;

	private final GraphReads reads;

	private final Neo4jClient neo4j;

	private final TransactionTemplate transactions;

	private final AlertProperties properties;

	private final MeterRegistry meters;

	private final Clock clock;

	private volatile ThreadPoolExecutor checker;

	private ScheduledExecutorService sweeper;

	private volatile boolean running;

	AlertEvaluator(SavedSearchService savedSearches, SearchService search, GraphReads reads,
			Neo4jClient neo4j, PlatformTransactionManager transactionManager, AlertProperties properties,
			MeterRegistry meters, ObjectProvider<Clock> clock) {
		this.savedSearches = savedSearches;
		this.search = search;
		this.reads = reads;
		this.neo4j = neo4j;
		this.transactions = new TransactionTemplate(transactionManager);
		this.properties = properties;
		this.meters = meters;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Override
	public synchronized void start() {
		this.running = true;
		// one thread checks the announced creations in order; the follower only queues them
		this.checker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(QUEUE),
				Thread.ofPlatform().name("alert-check").daemon().factory());
		if (this.properties.sweep()) {
			this.sweeper = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("alert-sweep").daemon().factory());
			long interval = this.properties.sweepInterval().toMillis();
			this.sweeper.scheduleWithFixedDelay(() -> {
				try {
					sweep(this.clock.instant());
				}
				catch (RuntimeException ex) {
					log.warn("Saved-search sweep failed, trying again in {}: {}", this.properties.sweepInterval(), ex.getMessage());
				}
			}, interval, interval, TimeUnit.MILLISECONDS);
		}
	}

	/** A committed change, announced by the change-log follower of this instance (every instance hears every change). */
	@EventListener
	void onCommitted(Change change) {
		ThreadPoolExecutor checker = this.checker;
		if (checker == null || (change.type() != ChangeType.CREATED && change.type() != ChangeType.IMPORTED)) {
			return;
		}
		try {
			checker.execute(() -> onChange(change));
		}
		catch (RejectedExecutionException ex) {
			log.warn("Saved-search check queue full ({} changes): change {} {} not checked", QUEUE, change.type(),
					change.entityIds());
		}
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		if (this.checker != null) {
			this.checker.shutdown();
		}
		if (this.sweeper != null) {
			this.sweeper.shutdown();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Before the change-log follower starts announcing, so that no change after start-up passes unchecked. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 8192;
	}

	void onChange(Change change) {
		try {
			Instant now = this.clock.instant();
			if (!anySavedSearch()) {
				return;
			}
			if (change.type() == ChangeType.IMPORTED) {
				List<String> ids = this.reads.list(AlertQueries.IMPORTED, GraphReads.parameters("since",
						change.at().minus(this.properties.importWindow()), "limit", IMPORT_LIMIT), (row) -> row.get("id").asString());
				checkCreated(ids, now);
			}
			else {
				checkCreated(change.entityIds(), now);
			}
		}
		catch (RuntimeException ex) {
			// the sweep still checks these entities by meaning once they are embedded
			log.warn("Saved searches not checked by words for change {} {}: {}", change.type(), change.entityIds(), ex.getMessage());
		}
	}

	/** Step one: entities just created, claimed by this instance, checked by words; returns the alerts written. */
	public int checkCreated(Collection<String> entityIds, Instant now) {
		if (entityIds.isEmpty() || !anySavedSearch()) {
			return 0;
		}
		List<String> claimed = this.transactions.execute((tx) -> List.copyOf(this.neo4j.query(AlertQueries.CLAIM_NEW)
			.bindAll(GraphReads.parameters("ids", List.copyOf(entityIds), "now", now.atZone(ZoneOffset.UTC), "instance",
					this.instance))
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("id").asString())
			.all()));
		return check(claimed, "WORDS", now);
	}

	/**
	 * Step two: entities checked by words whose vector the embedding job has stored since, checked again with
	 * their meaning; also prunes old check records. Returns the alerts written.
	 */
	public int sweep(Instant now) {
		if (!anySavedSearch()) {
			return 0;
		}
		this.transactions.executeWithoutResult((tx) -> this.neo4j.query(AlertQueries.PRUNE)
			.bindAll(GraphReads.parameters("oldest", now.minus(this.properties.keepChecks()).atZone(ZoneOffset.UTC)))
			.run());
		List<String> claimed = this.transactions.execute((tx) -> List.copyOf(this.neo4j.query(AlertQueries.CLAIM_EMBEDDED)
			.bindAll(GraphReads.parameters("now", now.atZone(ZoneOffset.UTC), "leaseUntil",
					now.plusSeconds(300).atZone(ZoneOffset.UTC), "instance", this.instance, "batch", SWEEP_BATCH))
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("id").asString())
			.all()));
		int written = check(claimed, "MEANING", now);
		if (!claimed.isEmpty()) {
			this.transactions.executeWithoutResult((tx) -> this.neo4j.query(AlertQueries.MEANING_CHECKED)
				.bindAll(GraphReads.parameters("ids", claimed, "now", now.atZone(ZoneOffset.UTC)))
				.run());
		}
		return written;
	}

	private boolean anySavedSearch() {
		return this.reads.one(AlertQueries.ANY, Map.of(), (row) -> row.get("any").asBoolean()).orElse(false);
	}

	private int check(List<String> ids, String phase, Instant now) {
		if (ids.isEmpty()) {
			return 0;
		}
		Map<String, EntityKind> kinds = new HashMap<>();
		this.reads.list(AlertQueries.KINDS, GraphReads.parameters("ids", ids), (row) -> {
			List<String> labels = row.get("labels").asList(Value::asString);
			for (EntityKind kind : EntityKind.values()) {
				if (labels.contains(kind.label())) {
					kinds.put(row.get("id").asString(), kind);
				}
			}
			return null;
		});
		int written = 0;
		for (SavedSearch saved : this.savedSearches.all()) {
			boolean any = kinds.values().stream().anyMatch((kind) -> saved.kinds().isEmpty() || saved.kinds().contains(kind));
			if (!any) {
				continue;
			}
			List<SearchHit> hits;
			try {
				hits = this.search.search(new SearchRequest(saved.text(), saved.kinds().isEmpty() ? null : saved.kinds(),
						HITS, saved.district(), saved.chainId(), saved.status()));
			}
			catch (InvalidArgumentException ex) {
				// e.g. its chain was deleted since it was saved: it finds nothing until its owner changes it
				log.debug("Saved search {} cannot run: {}", saved.id(), ex.getMessage());
				continue;
			}
			for (SearchHit hit : hits) {
				EntityKind kind = kinds.get(hit.entity().id());
				if (kind != null && alerts(hit, saved.threshold())) {
					alert(saved, hit, kind, phase, now);
					written++;
				}
			}
		}
		return written;
	}

	static boolean alerts(SearchHit hit, double threshold) {
		if (hit.score() < threshold) {
			return false;
		}
		List<MatchMethod> methods = hit.match().methods();
		boolean byWords = methods.contains(MatchMethod.WORDS) || methods.contains(MatchMethod.EXACT_NAME)
				|| methods.contains(MatchMethod.ALIAS);
		return byWords || (hit.match().similarity() != null && hit.match().similarity() >= MEANING_ONLY_FLOOR);
	}

	private void alert(SavedSearch saved, SearchHit hit, EntityKind kind, String phase, Instant now) {
		this.transactions.executeWithoutResult((tx) -> this.neo4j.query(AlertQueries.ALERT)
			.bindAll(GraphReads.parameters("searchId", saved.id(), "key", saved.id() + ":" + hit.entity().id(), "entityId",
					hit.entity().id(), "entityKind", kind.name(), "entityName", hit.entity().name(), "score",
					Math.round(hit.score() * 1000) / 1000.0, "methods",
					hit.match().methods().stream().map(Enum::name).toList(), "snippet", hit.match().snippet(), "phase",
					phase, "now", now.atZone(ZoneOffset.UTC)))
			.run());
		this.meters.counter("pilotgraph.alert.matches", "phase", phase.toLowerCase(java.util.Locale.ROOT)).increment();
	}

}
