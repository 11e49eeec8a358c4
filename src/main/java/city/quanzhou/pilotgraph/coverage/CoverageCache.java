package city.quanzhou.pilotgraph.coverage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import city.quanzhou.pilotgraph.entity.GraphReads;
import city.quanzhou.pilotgraph.live.ChangeLog;
import city.quanzhou.pilotgraph.live.Change;
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
 * service append nothing; {@link CoverageProperties#cacheMaxAge()} bounds how long they go unseen.
 * <p>
 * Concurrent requests for the same rows read them once. Inside a transaction (an edit reading back what it
 * wrote) nothing is kept or served from here: the transaction may see rows no one else can yet.
 */
@Component
class CoverageCache {

	/** One coverage statement with its arguments, and what it reads. */
	record Read(String cypher, Map<String, Object> parameters, CoverageInputs inputs) {
	}

	private record Key(String cypher, Map<String, Object> parameters) {
	}

	/**
	 * The most changes read to tell whether kept rows still stand. Further behind, the rows are read again:
	 * recounting costs less than reading a long stretch of the log.
	 */
	static final int MOST_CHANGES = 256;

	/** Rows as read when the log stood at {@code version}; {@code readFrom} is when their read began. */
	private record Answer(Head version, long readFrom, List<Record> rows) {
	}

	private final GraphReads reads;

	private final long maxAgeNanos;

	private final Map<Key, Answer> answers;

	private final ConcurrentMap<Key, CompletableFuture<Answer>> reading = new ConcurrentHashMap<>();

	private final Counter hits;

	private final Counter misses;

	CoverageCache(GraphReads reads, CoverageProperties properties, MeterRegistry meters) {
		this.reads = reads;
		this.maxAgeNanos = properties.cacheMaxAge().toNanos();
		int entries = properties.cacheEntries();
		this.answers = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<Key, Answer> eldest) {
				return size() > entries;
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
		if (this.maxAgeNanos == 0 || TransactionSynchronizationManager.isActualTransactionActive()) {
			return wanted.stream().map((read) -> this.reads.list(read.cypher(), read.parameters(), (row) -> row)).toList();
		}
		List<Key> keys = new ArrayList<>();
		List<Answer> kept = new ArrayList<>();
		synchronized (this.answers) {
			for (Read read : wanted) {
				Key key = new Key(read.cypher(), Collections.unmodifiableMap(new HashMap<>(read.parameters())));
				keys.add(key);
				kept.add(this.answers.get(key));
			}
		}
		Head oldest = kept.stream()
			.filter(Objects::nonNull)
			.map(Answer::version)
			.min(Comparator.comparingLong(Head::seq))
			.orElse(null);
		Since since = ChangeLog.since(this.reads, oldest, MOST_CHANGES);
		List<List<Record>> rows = new ArrayList<>();
		for (int i = 0; i < wanted.size(); i++) {
			Answer answer = kept.get(i);
			if (answer != null && standing(answer, since, wanted.get(i).inputs())) {
				this.hits.increment();
				advance(keys.get(i), answer, since.head());
			}
			else {
				this.misses.increment();
				answer = read(keys.get(i), since, wanted.get(i).inputs());
			}
			rows.add(answer.rows());
		}
		return rows;
	}

	/** Whether kept rows still stand: not too old, and no change since they were read touches what they read. */
	private boolean standing(Answer answer, Since since, CoverageInputs inputs) {
		return System.nanoTime() - answer.readFrom() < this.maxAgeNanos && untouched(answer, since, inputs);
	}

	/** Whether the rows were read at the head {@code since} read or later, or only changes they do not read came after. */
	private static boolean untouched(Answer answer, Since since, CoverageInputs inputs) {
		if (answer.version().atLeast(since.head())) {
			return true;
		}
		List<Change> changes = since.after(answer.version());
		return changes != null && changes.stream().noneMatch(inputs::touchedBy);
	}

	/** Marks kept rows as standing at {@code head}, so that the next request reads only the changes after it. */
	private void advance(Key key, Answer answer, Head head) {
		if (answer.version().equals(head)) {
			return;
		}
		synchronized (this.answers) {
			// only the very rows found standing: a newer read may have replaced them meanwhile
			if (this.answers.get(key) == answer) {
				this.answers.put(key, new Answer(head, answer.readFrom(), answer.rows()));
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
	private Answer read(Key key, Since since, CoverageInputs inputs) {
		Head now = since.head();
		for (int round = 0; round < 2; round++) {
			CompletableFuture<Answer> mine = new CompletableFuture<>();
			CompletableFuture<Answer> running = this.reading.putIfAbsent(key, mine);
			if (running == null) {
				// a second round begins after the change this request saw, and reads how far it sees
				return readAndKeep(key, now, round > 0, mine);
			}
			try {
				Answer shared = running.join();
				// a change the read in flight began before sends this request to the next read only if it reads it:
				// else, under steady writes, each slow read would start the next one for the requests that came during it
				if (untouched(shared, since, inputs)) {
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

	private Answer readAndKeep(Key key, Head now, boolean headAgain, CompletableFuture<Answer> mine) {
		try {
			Answer answer = readFromGraph(key, headAgain ? ChangeLog.since(this.reads, null, MOST_CHANGES).head() : now);
			synchronized (this.answers) {
				this.answers.merge(key, answer, (old, read) -> old.version().atLeast(read.version())
						&& !read.version().atLeast(old.version()) ? old : read);
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

	private Answer readFromGraph(Key key, Head now) {
		long readFrom = System.nanoTime();
		return new Answer(now, readFrom, List.copyOf(this.reads.list(key.cypher(), key.parameters(), (row) -> row)));
	}

}
