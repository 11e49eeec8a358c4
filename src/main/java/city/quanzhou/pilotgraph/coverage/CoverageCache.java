package city.quanzhou.pilotgraph.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.function.LongSupplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import city.quanzhou.pilotgraph.coverage.KeptRows.Statement;
import city.quanzhou.pilotgraph.entity.GraphReads;
import city.quanzhou.pilotgraph.live.ChangeLog;
import city.quanzhou.pilotgraph.live.ChangeLog.Head;
import city.quanzhou.pilotgraph.live.ChangeLog.Since;

/**
 * The rows of the coverage statements, kept while nothing they read has changed. A chain's coverage counts every
 * result tied to its links, which at a million nodes means following hundreds of thousands of ties per request,
 * while the graph changes seldom (an editor's write, an import). Every write through the service appends to the
 * change log in its own transaction, so the log's head names the graph's state: a request reads the head first
 * (one indexed look-up, with the instance's bookmarks, so a change committed anywhere is seen at once, as any
 * other read would see it), together with the changes since its kept rows were read, and gets the kept rows while
 * none of those changes touches what their statement reads ({@link CoverageInputs}). Writes made beside the
 * service append nothing; {@link CoverageProperties#cacheMaxAge()} bounds how long they go unseen. Rows past that
 * age that no change touches are still served while one read behind the requests replaces them: at 1,000,000 nodes
 * a chain's waiting results take about a second to count, and every reader waited for that count once a minute.
 * <p>
 * Concurrent requests for the same rows read them once. Inside a transaction (an edit reading back what it
 * wrote) nothing is kept or served from here: the transaction may see rows no one else can yet.
 */
@Component
class CoverageCache {

	private static final ExecutorService REFRESHER = Executors
		.newThreadPerTaskExecutor(Thread.ofVirtual().name("coverage-refresh-", 1).factory());

	/** One coverage statement with its arguments, and what it reads. */
	record Read(String cypher, Map<String, Object> parameters, CoverageInputs inputs) {
	}

	/**
	 * The most changes read to tell whether kept rows still stand. Further behind, the rows are read again:
	 * recounting costs less than reading a long stretch of the log.
	 */
	static final int MOST_CHANGES = 256;

	/**
	 * A statement that answers item by item (a gap's lists, link by link): {@code $items} lists the items' ids, and
	 * each row names its item in the column {@code item}.
	 */
	record ItemsRead(String cypher, Map<String, Object> parameters, CoverageInputs inputs) {
	}

	/** A page's rows, and for each item they name, the item's row of the second statement (none for an item gone). */
	record PageAndItems(List<Record> page, Map<String, Record> items) {
	}

	private record ItemKey(Statement statement, String item) {
	}

	/**
	 * Items kept, per answer that may be kept ({@code cache-entries} × 64, 16,384 by default): the least recently
	 * used go first. A page of gaps names up to a hundred links, and the pages of one selection share most of theirs.
	 */
	private static final int ITEMS_PER_ENTRY = 64;

	private final GraphReads reads;

	private final long maxAgeNanos;

	private final Map<Statement, KeptRows> answers;

	private final ConcurrentMap<Statement, CompletableFuture<KeptRows>> reading = new ConcurrentHashMap<>();

	/** Each item's row, as {@link #answers} keeps whole answers and guarded by the same lock. */
	private final Map<ItemKey, KeptRows> items;

	/** Statements whose aged items are being read behind the requests. */
	private final Set<Statement> refreshingItems = ConcurrentHashMap.newKeySet();

	private final Counter hits;

	private final Counter misses;

	private final Executor refresher;

	private final LongSupplier nanoTime;

	private static final Logger log = LoggerFactory.getLogger(CoverageCache.class);

	/** Past their age, rows are read again on a virtual thread of their own, one read per statement at a time. */
	@Autowired
	CoverageCache(GraphReads reads, CoverageProperties properties, MeterRegistry meters) {
		this(reads, properties, meters, REFRESHER, System::nanoTime);
	}

	/** With the executor of the reads behind the requests, and the clock that ages the rows. */
	CoverageCache(GraphReads reads, CoverageProperties properties, MeterRegistry meters, Executor refresher,
			LongSupplier nanoTime) {
		this.reads = reads;
		this.refresher = refresher;
		this.nanoTime = nanoTime;
		this.maxAgeNanos = properties.cacheMaxAge().toNanos();
		int entries = properties.cacheEntries();
		this.answers = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<Statement, KeptRows> eldest) {
				return size() > entries;
			}

		};
		this.items = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<ItemKey, KeptRows> eldest) {
				return size() > entries * ITEMS_PER_ENTRY;
			}

		};
		this.hits = Counter.builder("pilotgraph.coverage.cache")
			.description("Coverage answers served from the cache (hit) or read from the graph (miss)")
			.tag("result", "hit")
			.register(meters);
		this.misses = Counter.builder("pilotgraph.coverage.cache")
			.description("Coverage answers served from the cache (hit) or read from the graph (miss)")
			.tag("result", "miss")
			.register(meters);
	}

	/** Every row of the statement, each read by {@code row}: kept rows while nothing the statement reads has changed. */
	<T> List<T> list(Read read, Function<Record, T> row) {
		return rows(List.of(read)).getFirst().stream().map(row).toList();
	}

	/** The rows of each statement, after one look at the change log for them all. */
	List<List<Record>> rows(List<Read> wanted) {
		if (!keeping()) {
			return wanted.stream().map((read) -> this.reads.list(read.cypher(), read.parameters(), (row) -> row)).toList();
		}
		List<Statement> keys = new ArrayList<>();
		List<KeptRows> kept = new ArrayList<>();
		synchronized (this.answers) {
			for (Read read : wanted) {
				Statement key = Statement.of(read.cypher(), read.parameters());
				keys.add(key);
				kept.add(this.answers.get(key));
			}
		}
		Head oldest = kept.stream()
			.filter(Objects::nonNull)
			.map(KeptRows::version)
			.min(Comparator.comparingLong(Head::seq))
			.orElse(null);
		Since since = ChangeLog.since(this.reads, oldest, MOST_CHANGES);
		List<List<Record>> rows = new ArrayList<>();
		for (int i = 0; i < wanted.size(); i++) {
			rows.add(answer(keys.get(i), kept.get(i), since, wanted.get(i).inputs()).rows());
		}
		return rows;
	}

	/**
	 * The rows of {@code page}, then for the items they name ({@code item} reads one from a row) the rows of
	 * {@code details}, kept item by item: a change that touches the page but not the items, and moves one item onto
	 * the page, reads the page and that item alone. One look at the change log serves both; kept items are checked
	 * against the changes since the kept page was read, and an item kept from before that is read again.
	 */
	PageAndItems pageAndItems(Read page, ItemsRead details, Function<Record, String> item) {
		if (!keeping()) {
			List<Record> rows = this.reads.list(page.cypher(), page.parameters(), (row) -> row);
			return new PageAndItems(rows, readItems(details, rows.stream().map(item).toList()));
		}
		Statement pageKey = Statement.of(page.cypher(), page.parameters());
		Statement detailsKey = Statement.of(details.cypher(), details.parameters());
		KeptRows kept;
		synchronized (this.answers) {
			kept = this.answers.get(pageKey);
		}
		Since since = ChangeLog.since(this.reads, (kept != null) ? kept.version() : null, MOST_CHANGES);
		List<Record> rows = answer(pageKey, kept, since, page.inputs()).rows();
		Map<String, Record> found = new HashMap<>();
		List<String> missing = new ArrayList<>();
		List<String> aged = new ArrayList<>();
		synchronized (this.answers) {
			for (String id : rows.stream().map(item).distinct().toList()) {
				ItemKey key = new ItemKey(detailsKey, id);
				KeptRows answer = this.items.get(key);
				if (answer != null && answer.untouchedBy(since, details.inputs())) {
					found.put(id, answer.rows().getFirst());
					advance(this.items, key, answer, since.head());
					if (aged(answer)) {
						aged.add(id);
					}
				}
				else {
					missing.add(id);
				}
			}
		}
		(missing.isEmpty() ? this.hits : this.misses).increment();
		if (!missing.isEmpty()) {
			found.putAll(readAndKeepItems(detailsKey, details, missing, since.head()));
		}
		if (!aged.isEmpty()) {
			refreshItemsBehind(detailsKey, details, aged, since.head());
		}
		return new PageAndItems(rows, found);
	}

	/** Kept rows that no change since touches, and read rows for the rest. */
	private KeptRows answer(Statement key, KeptRows kept, Since since, CoverageInputs inputs) {
		if (kept != null && kept.untouchedBy(since, inputs)) {
			this.hits.increment();
			advance(this.answers, key, kept, since.head());
			if (aged(kept)) {
				refreshBehind(key, since.head());
			}
			return kept;
		}
		this.misses.increment();
		return read(key, since, inputs);
	}

	/** Nothing is kept with a zero age, or inside a transaction, which may see rows no one else can yet. */
	private boolean keeping() {
		return this.maxAgeNanos != 0 && !TransactionSynchronizationManager.isActualTransactionActive();
	}

	private boolean aged(KeptRows answer) {
		return this.nanoTime.getAsLong() - answer.readFrom() >= this.maxAgeNanos;
	}

	private Map<String, Record> readItems(ItemsRead details, List<String> ids) {
		Map<String, Object> parameters = new HashMap<>(details.parameters());
		parameters.put("items", ids);
		Map<String, Record> read = new HashMap<>();
		this.reads.list(details.cypher(), parameters, (row) -> row).forEach((row) -> read.put(row.get("item").asString(), row));
		return read;
	}

	private Map<String, Record> readAndKeepItems(Statement detailsKey, ItemsRead details, List<String> ids, Head now) {
		long readFrom = this.nanoTime.getAsLong();
		Map<String, Record> read = readItems(details, ids);
		synchronized (this.answers) {
			read.forEach((id, row) -> this.items.merge(new ItemKey(detailsKey, id), new KeptRows(now, readFrom, List.of(row)),
					KeptRows::newer));
		}
		return read;
	}

	/** Items past their age are read again behind the requests, one such read per statement at a time. */
	private void refreshItemsBehind(Statement detailsKey, ItemsRead details, List<String> ids, Head now) {
		if (this.refreshingItems.add(detailsKey)) {
			behind(() -> readAndKeepItems(detailsKey, details, ids, now), () -> this.refreshingItems.remove(detailsKey));
		}
	}

	/**
	 * Reads rows past their age again behind the requests, unless a read of them is under way. A request that sees a
	 * change meanwhile joins this read as it would any other ({@link #read}).
	 */
	private void refreshBehind(Statement key, Head now) {
		CompletableFuture<KeptRows> mine = new CompletableFuture<>();
		if (this.reading.putIfAbsent(key, mine) == null) {
			// readAndKeep lets go of its claim itself; this covers a read that never started
			behind(() -> readAndKeep(key, now, false, mine), () -> {
				this.reading.remove(key, mine);
				mine.completeExceptionally(new IllegalStateException("The read behind the requests did not start"));
			});
		}
	}

	/**
	 * Runs {@code read} on the refresher and then {@code release}, which also runs when the read cannot start. A
	 * failed read leaves the kept rows as they were; the next request that finds them aged tries again.
	 */
	private void behind(Runnable read, Runnable release) {
		try {
			this.refresher.execute(() -> {
				try {
					read.run();
				}
				catch (RuntimeException ex) {
					log.warn("Reading coverage rows again behind the requests failed: {}", ex.toString());
				}
				finally {
					release.run();
				}
			});
		}
		catch (RejectedExecutionException ex) {
			release.run();
		}
	}

	/**
	 * Marks kept rows (a whole answer, or an item's row) as standing at {@code head}, so that the next request reads
	 * only the changes after it.
	 */
	private <K> void advance(Map<K, KeptRows> kept, K key, KeptRows answer, Head head) {
		if (answer.version().equals(head)) {
			return;
		}
		synchronized (this.answers) {
			// only the very rows found standing: a newer read may have replaced them meanwhile
			if (kept.get(key) == answer) {
				kept.put(key, answer.at(head));
			}
		}
	}

	/**
	 * The rows read once for all who ask at the same time. A request that has seen a change the read in flight
	 * began before, and that touches what the rows read, waits for that read, then joins or becomes the next one,
	 * which begins after the change: at most one read of the same rows runs at a time. (Each reading for itself, as
	 * before, let every client that asked during a recount recount too: under a 60 s load run at 1,000,000 nodes
	 * whose every ninth request was a write, a chain coverage's p50 reached 5 s.)
	 */
	private KeptRows read(Statement key, Since since, CoverageInputs inputs) {
		Head now = since.head();
		for (int round = 0; round < 2; round++) {
			CompletableFuture<KeptRows> mine = new CompletableFuture<>();
			CompletableFuture<KeptRows> running = this.reading.putIfAbsent(key, mine);
			if (running == null) {
				// a second round begins after the change this request saw, and reads how far it sees
				return readAndKeep(key, now, round > 0, mine);
			}
			try {
				KeptRows shared = running.join();
				// a change the read in flight began before sends this request to the next read only if it reads it:
				// else, under steady writes, each slow read would start the next one for the requests that came during it
				if (shared.untouchedBy(since, inputs)) {
					return shared;
				}
			}
			catch (CompletionException ex) {
				// its reader failed (a time limit, say); this request tries for itself and reports its own error
				break;
			}
		}
		return readFromGraph(key, now);
	}

	private KeptRows readAndKeep(Statement key, Head now, boolean headAgain, CompletableFuture<KeptRows> mine) {
		try {
			KeptRows answer = readFromGraph(key, headAgain ? ChangeLog.since(this.reads, null, MOST_CHANGES).head() : now);
			synchronized (this.answers) {
				this.answers.merge(key, answer, KeptRows::newer);
			}
			// out of the way before the waiters wake, so that one who needs a newer read can start it
			this.reading.remove(key, mine);
			mine.complete(answer);
			return answer;
		}
		catch (RuntimeException ex) {
			this.reading.remove(key, mine);
			mine.completeExceptionally(ex);
			throw ex;
		}
	}

	private KeptRows readFromGraph(Statement key, Head now) {
		long readFrom = this.nanoTime.getAsLong();
		return new KeptRows(now, readFrom, List.copyOf(this.reads.list(key.cypher(), key.parameters(), (row) -> row)));
	}

}
