package city.quanzhou.pilotgraph.coverage;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import city.quanzhou.pilotgraph.live.ChangeLog.Head;

/**
 * The rows of the coverage statements, kept until the graph changes. A chain's coverage counts every result
 * tied to its links, which at a million nodes means following hundreds of thousands of ties per request, while
 * the graph changes seldom (an editor's write, an import). Every write through the service appends to the
 * change log in its own transaction, so the log's head names the graph's state: a request reads the head
 * first (one indexed look-up, with the instance's bookmarks, so a change committed anywhere is seen at once,
 * as any other read would see it) and gets the kept rows only while the head has not moved since they were
 * read. Writes made beside the service append nothing; {@link CoverageProperties#cacheMaxAge()} bounds how
 * long they go unseen.
 * <p>
 * Concurrent requests for the same rows read them once. Inside a transaction (an edit reading back what it
 * wrote) nothing is kept or served from here: the transaction may see rows no one else can yet.
 */
@Component
class CoverageCache {

	private record Key(String cypher, Map<String, Object> parameters) {
	}

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

	/** Every row of the statement, each read by {@code row}: kept rows while the graph has not changed. */
	<T> List<T> list(String cypher, Map<String, Object> parameters, Function<Record, T> row) {
		if (this.maxAgeNanos == 0 || TransactionSynchronizationManager.isActualTransactionActive()) {
			return this.reads.list(cypher, parameters, row);
		}
		Head now = ChangeLog.head(this.reads);
		Key key = new Key(cypher, Collections.unmodifiableMap(new HashMap<>(parameters)));
		Answer kept;
		synchronized (this.answers) {
			kept = this.answers.get(key);
		}
		if (kept != null && kept.version().equals(now) && System.nanoTime() - kept.readFrom() < this.maxAgeNanos) {
			this.hits.increment();
			return rows(kept, row);
		}
		this.misses.increment();
		return rows(read(key, now), row);
	}

	/** The rows read once for all who ask at the same time, unless that read began before a change seen here. */
	private Answer read(Key key, Head now) {
		CompletableFuture<Answer> mine = new CompletableFuture<>();
		CompletableFuture<Answer> running = this.reading.putIfAbsent(key, mine);
		if (running != null) {
			try {
				Answer shared = running.join();
				if (shared.version().atLeast(now)) {
					return shared;
				}
			}
			catch (CompletionException ex) {
				// its reader failed (a time limit, say); this request tries for itself and reports its own error
			}
			return readFromGraph(key, now);
		}
		try {
			Answer answer = readFromGraph(key, now);
			synchronized (this.answers) {
				this.answers.merge(key, answer, (old, read) -> old.version().atLeast(read.version())
						&& !read.version().atLeast(old.version()) ? old : read);
			}
			mine.complete(answer);
			return answer;
		}
		catch (RuntimeException ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.reading.remove(key, mine);
		}
	}

	private Answer readFromGraph(Key key, Head now) {
		long readFrom = System.nanoTime();
		return new Answer(now, readFrom, List.copyOf(this.reads.list(key.cypher(), key.parameters(), (row) -> row)));
	}

	private static <T> List<T> rows(Answer answer, Function<Record, T> row) {
		return answer.rows().stream().map(row).toList();
	}

}
