package city.quanzhou.pilotgraph.live;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.GraphReads;
import city.quanzhou.pilotgraph.entity.Relation;
import city.quanzhou.pilotgraph.system.GraphSessions;

/**
 * The changes of the graph, kept in the graph: every write appends a {@code :Change} in its own transaction,
 * so a change is in the log exactly when its write has committed (a refused or failed write, rolled back,
 * leaves none). Each change takes the next number of the single {@code :ChangeLog} node; a writer holds that
 * node's lock from its increment to its commit, so the numbers follow commit order and a committed change
 * never waits behind a missing number. Every instance follows the log ({@link ChangeLogFollower}) and announces
 * what it reads to its own subscribers, whichever instance wrote it.
 * <p>
 * The log's {@code epoch} names one life of the log: emptying the database (or deleting the counter) starts a
 * new one, which followers notice and read from its start. A new counter starts after the highest number still
 * in the log, so numbers stay unique.
 */
@Component
public class ChangeLog {

	// The highest number still in the log is one read of the index's last entry; it only matters when the counter
	// is created (MERGE takes no subquery in its ON CREATE).
	private static final String APPEND = """
			CALL () {
			  OPTIONAL MATCH (c:Change) WHERE c.seq IS NOT NULL
			  WITH c ORDER BY c.seq DESC LIMIT 1
			  RETURN coalesce(c.seq, 0) AS highest
			}
			MERGE (log:ChangeLog {name: 'graph'})
			  ON CREATE SET log.epoch = randomUUID(), log.start = highest
			SET log.seq = coalesce(log.seq, log.start) + 1
			CREATE (:Change {seq: log.seq, epoch: log.epoch, type: $type, entityIds: $entityIds, kinds: $kinds,
			                 relation: $relation, affects: $affects, at: $at, by: $by})
			""";

	/**
	 * The first line of every statement the followers run on their own, so that whoever counts the statements of a
	 * request (the tests do, from the database's query collector) can leave out the polls that happen meanwhile.
	 */
	public static final String FOLLOWER_MARK = "// change-log follower";

	/**
	 * Where the log stands: the counter, looked up by its unique name, or the newest change found through the index
	 * when that is behind the counter. Neo4j reads committed data, and a commit reaches the store before its index
	 * entries: a read that meets the newest change half applied finds the counter moved but not that change (at L,
	 * under four writes a second, readers met a third of the writes so). Such a read stands before that change, as
	 * a read a moment earlier would, instead of holding a head whose change it cannot see: a follower starting there
	 * would never announce it, and a kept answer would be taken for as new as a change it may not hold.
	 */
	private static final String HEAD_SEQ = """
			OPTIONAL MATCH (log:ChangeLog {name: 'graph'})
			CALL () {
			  OPTIONAL MATCH (c:Change) WHERE c.seq IS NOT NULL
			  WITH c ORDER BY c.seq DESC LIMIT 1
			  RETURN c.seq AS newest
			}
			WITH log, CASE WHEN newest < log.seq THEN newest ELSE coalesce(log.seq, log.start, 0) END AS seq
			""";

	private static final String HEAD_OF_LOG = HEAD_SEQ + """
			RETURN log.epoch AS epoch, coalesce(log.start, 0) AS start, seq
			""";

	private static final String HEAD = FOLLOWER_MARK + "\n" + HEAD_OF_LOG;

	/**
	 * The head, and the changes numbered after {@code $after} when the log is still of {@code $epoch} and at
	 * most {@code $most} changes further on; the guard comes before the range, so a reader far behind reads
	 * no stretch of the log at all.
	 */
	private static final String HEAD_AND_SINCE = HEAD_SEQ + """
			CALL (log, seq) {
			  WITH log, seq
			  WHERE log.epoch = $epoch AND seq - $after <= $most
			  MATCH (c:Change) WHERE c.seq > $after AND c.seq <= seq
			  WITH c ORDER BY c.seq
			  RETURN collect(c {.seq, .type, .entityIds, .kinds, .relation, .affects, .at}) AS since
			}
			RETURN log.epoch AS epoch, coalesce(log.start, 0) AS start, seq, since
			""";

	private static final String SINCE = """
			// change-log follower
			MATCH (c:Change) WHERE c.seq > $after AND c.epoch = $epoch
			RETURN c.seq AS seq, c.type AS type, c.entityIds AS entityIds, c.kinds AS kinds, c.relation AS relation,
			       c.affects AS affects, c.at AS at
			ORDER BY c.seq
			LIMIT $batch
			""";

	private static final String PRUNE_BEYOND = """
			// change-log follower
			MATCH (log:ChangeLog {name: 'graph'})
			MATCH (c:Change) WHERE c.seq <= log.seq - $maxChanges
			WITH c LIMIT $batch
			DELETE c
			RETURN count(*) AS pruned
			""";

	private static final String PRUNE_OLDER = """
			// change-log follower
			MATCH (c:Change) WHERE c.at < $oldest
			WITH c LIMIT $batch
			DELETE c
			RETURN count(*) AS pruned
			""";

	/** Most changes one pruning statement removes, so that its transaction stays small. */
	static final int PRUNE_BATCH = 10_000;

	private final Neo4jClient neo4j;

	private final GraphSessions sessions;

	ChangeLog(Neo4jClient neo4j, GraphSessions sessions) {
		this.neo4j = neo4j;
		this.sessions = sessions;
	}

	/**
	 * Appends the change in the Spring-managed transaction of its write; it becomes visible to followers when,
	 * and only if, that transaction commits.
	 */
	public void append(Change change, String actor) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("A change is appended in the transaction of its write, and none is active");
		}
		this.neo4j.query(APPEND).bindAll(parameters(change, actor)).run();
	}

	/** Appends the change in a transaction of the plain driver (an import's), as its last statement. */
	public static void append(SimpleQueryRunner tx, Change change, String actor) {
		tx.run(APPEND, parameters(change, actor)).consume();
	}

	/**
	 * Removes the changes beyond the newest {@code maxChanges} and those older than {@code retention}, at most
	 * {@link #PRUNE_BATCH} of each kind per call; returns how many it removed.
	 */
	public long prune(Duration retention, long maxChanges) {
		OffsetDateTime oldest = OffsetDateTime.now(ZoneOffset.UTC).minus(retention);
		try (Session session = this.sessions.session()) {
			long beyond = session.executeWrite((tx) -> tx.run(PRUNE_BEYOND,
					Map.of("maxChanges", maxChanges, "batch", PRUNE_BATCH)).single().get("pruned").asLong(0));
			long older = session.executeWrite((tx) -> tx.run(PRUNE_OLDER,
					Map.of("oldest", oldest, "batch", PRUNE_BATCH)).single().get("pruned").asLong(0));
			return beyond + older;
		}
	}

	/** Where the log stands: its epoch (null before the first change), its first number less one, its last number. */
	public record Head(String epoch, long start, long seq) {

		/** Whether the log stood here at or after {@code other}: the same epoch, and no fewer changes. */
		public boolean atLeast(Head other) {
			return Objects.equals(this.epoch, other.epoch) && this.seq >= other.seq;
		}

	}

	/** A change read back with its number. */
	public record Entry(long seq, Change change) {
	}

	/**
	 * Where the log stood, and the changes read with it that came after the version asked about (each of them,
	 * or none when it was too far behind or of another epoch).
	 */
	public record Since(Head head, List<Entry> changes) {

		/**
		 * Every change from {@code version} to the head, or null when this read does not hold them all: another
		 * epoch, too far behind, or some of them pruned. Numbers follow one another without gaps, so a count tells.
		 */
		public List<Change> after(Head version) {
			if (!Objects.equals(version.epoch(), this.head.epoch()) || version.seq() > this.head.seq()) {
				return null;
			}
			List<Change> after = this.changes.stream()
				.filter((entry) -> entry.seq() > version.seq() && entry.seq() <= this.head.seq())
				.map(Entry::change)
				.toList();
			return (after.size() == this.head.seq() - version.seq()) ? after : null;
		}

	}

	static Head head(SimpleQueryRunner tx) {
		return head(tx.run(HEAD).single());
	}

	/**
	 * Where the log stands and, for a reader whose answer is as of {@code after} (null: none), the changes since
	 * (none when more than {@code most}), in one statement read for a request (with the instance's bookmarks, and
	 * counted as the request's statement): what a reader that keeps answers until what they read changes compares
	 * with.
	 */
	public static Since since(GraphReads reads, Head after, int most) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("epoch", (after != null) ? after.epoch() : null);
		parameters.put("after", (after != null) ? after.seq() : null);
		parameters.put("most", most);
		return reads.one(HEAD_AND_SINCE, parameters,
				(row) -> new Since(head(row), row.get("since").asList(ChangeLog::entry))).orElseThrow();
	}

	private static Head head(Record row) {
		return new Head(row.get("epoch").isNull() ? null : row.get("epoch").asString(), row.get("start").asLong(),
				row.get("seq").asLong());
	}

	/** Up to {@code batch} changes of this epoch numbered after {@code after}, in order. */
	static List<Entry> since(SimpleQueryRunner tx, String epoch, long after, int batch) {
		return tx.run(SINCE, Map.of("epoch", epoch, "after", after, "batch", batch)).list(ChangeLog::entry);
	}

	private static Entry entry(MapAccessor row) {
		Value relation = row.get("relation");
		Change change = new Change(ChangeType.valueOf(row.get("type").asString()),
				row.get("entityIds").asList(Value::asString),
				row.get("kinds").asList((kind) -> EntityKind.valueOf(kind.asString())),
				relation.isNull() ? null : Relation.valueOf(relation.asString()),
				row.get("affects").asList((area) -> ChangeArea.valueOf(area.asString())),
				row.get("at").asOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
		return new Entry(row.get("seq").asLong(), change);
	}

	private static Map<String, Object> parameters(Change change, String actor) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("type", change.type().name());
		parameters.put("entityIds", change.entityIds());
		parameters.put("kinds", change.kinds().stream().map(EntityKind::name).toList());
		parameters.put("relation", (change.relation() != null) ? change.relation().name() : null);
		parameters.put("affects", change.affects().stream().map(ChangeArea::name).toList());
		parameters.put("at", change.at());
		parameters.put("by", actor);
		return parameters;
	}

}
