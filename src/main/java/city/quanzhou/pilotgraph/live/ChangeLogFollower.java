package city.quanzhou.pilotgraph.live;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import city.quanzhou.pilotgraph.live.ChangeLog.Entry;
import city.quanzhou.pilotgraph.live.ChangeLog.Head;
import city.quanzhou.pilotgraph.system.GraphSessions;

/**
 * Reads the {@link ChangeLog} every {@code pilotgraph.live.poll-interval} and announces each new change, in
 * order, to this instance's subscribers: the one path by which changes reach them, for the writes of this
 * instance as for those of any other. It starts at the end of the log as it stands at start-up (news from
 * then on, as the subscription promises) and once a minute prunes the log to its retention.
 * <p>
 * It reads with this instance's bookmarks ({@link GraphSessions}), and the bookmark its read ends with covers
 * the changes it read (a server answers with the newest transaction it had applied): so a subscriber that
 * queries this instance on the news reads at least the state the change announced, on any member of a cluster.
 * <p>
 * A number missing between two read ones is normally a write that committed while the read was under way;
 * the follower stops before it and reads again at the next poll. Still missing then, the changes were pruned
 * before this instance read them (it was away for longer than the retention); it says so and goes on.
 */
@Component
class ChangeLogFollower implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ChangeLogFollower.class);

	/** Most changes one read takes; a longer backlog is read in several, at once. */
	static final int BATCH = 500;

	private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

	private static final TransactionConfig READ = TransactionConfig.builder()
		.withTimeout(Duration.ofSeconds(10))
		.withMetadata(Map.of("app", "pilotgraph", "job", "change-log"))
		.build();

	/**
	 * The first read finds where the log ends; until one succeeds, writes are not announced. A cold JVM's first
	 * statement on a crowded machine has taken longer than a poll's limit, so this one gets more.
	 */
	private static final TransactionConfig FIRST_READ = TransactionConfig.builder()
		.withTimeout(Duration.ofSeconds(60))
		.withMetadata(Map.of("app", "pilotgraph", "job", "change-log"))
		.build();

	private final GraphSessions sessions;

	private final ChangeLog changeLog;

	private final ChangePublisher publisher;

	private final LiveProperties properties;

	// Touched by the start-up thread, then by the follower's single thread only
	private Position position;

	private long gapAt = -1;

	private long lastPruned = System.nanoTime();

	private boolean failing;

	private ScheduledExecutorService executor;

	private volatile boolean running;

	ChangeLogFollower(GraphSessions sessions, ChangeLog changeLog, ChangePublisher publisher, LiveProperties properties) {
		this.sessions = sessions;
		this.changeLog = changeLog;
		this.publisher = publisher;
		this.properties = properties;
	}

	/** The last change announced (or the end of the log when it started), and the life of the log it belongs to. */
	private record Position(String epoch, long seq) {
	}

	/** What one read found: where the log stands, and the changes after {@code after}. */
	private record Read(Head head, long after, List<Entry> entries) {
	}

	@Override
	public synchronized void start() {
		this.running = true;
		// at the end of the log before the web server takes requests, so no write made through it is skipped
		poll();
		this.executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("change-log").daemon().factory());
		long interval = this.properties.pollInterval().toMillis();
		this.executor.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		if (this.executor != null) {
			this.executor.shutdown();
			try {
				if (!this.executor.awaitTermination(15, TimeUnit.SECONDS)) {
					log.warn("The change-log follower did not stop within 15 s");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Before the web server starts (and so after it has stopped): no request finds the follower idle. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	private void poll() {
		try {
			follow();
			if (this.failing) {
				this.failing = false;
				log.info("Following the change log again");
			}
		}
		catch (RuntimeException ex) {
			if (!this.failing) {
				this.failing = true;
				log.warn("Cannot read the change log, so this instance's subscribers hear of no change until it can: {}",
						ex.getMessage());
			}
			else {
				log.debug("Change log still unreadable: {}", ex.getMessage());
			}
			return;
		}
		pruneWhenDue();
	}

	private void follow() {
		boolean more = true;
		while (more && this.running) {
			Position from = this.position;
			Read read;
			// not a managed transaction: the driver would retry a failed read for half a minute, and the next
			// poll is a retry of its own
			try (Session session = this.sessions.readSession();
					Transaction tx = session.beginTransaction((from == null) ? FIRST_READ : READ)) {
				read = read(tx, from);
				tx.commit();
			}
			more = announce(read);
		}
	}

	private static Read read(Transaction tx, Position from) {
		Head head = ChangeLog.head(tx);
		if (from == null) {
			return new Read(head, head.seq(), List.of());
		}
		long after;
		if (!Objects.equals(from.epoch(), head.epoch())) {
			after = head.start(); // a new life of the log: from its first change
		}
		else {
			after = Math.min(from.seq(), head.seq()); // lower only when the database went back (a restored backup)
		}
		if (head.epoch() == null || head.seq() <= after) {
			return new Read(head, after, List.of());
		}
		return new Read(head, after, ChangeLog.since(tx, head.epoch(), after, BATCH));
	}

	/** Announces the changes read that follow on without a gap; true when there may be more to read at once. */
	private boolean announce(Read read) {
		long last = read.after();
		for (Entry entry : read.entries()) {
			if (entry.seq() != last + 1) {
				if (entry.seq() != this.gapAt) {
					this.gapAt = entry.seq();
					this.position = new Position(read.head().epoch(), last);
					return false;
				}
				log.warn("Changes {} to {} left the log before this instance read them; its subscribers missed them",
						last + 1, entry.seq() - 1);
			}
			this.gapAt = -1;
			this.publisher.emit(entry.change());
			last = entry.seq();
		}
		this.position = new Position(read.head().epoch(), last);
		return read.entries().size() == BATCH;
	}

	private void pruneWhenDue() {
		long now = System.nanoTime();
		if (now - this.lastPruned < PRUNE_EVERY.toNanos()) {
			return;
		}
		this.lastPruned = now;
		try {
			long pruned = this.changeLog.prune(this.properties.retention(), this.properties.maxChanges());
			if (pruned > 0) {
				log.debug("Pruned {} changes from the change log", pruned);
			}
		}
		catch (RuntimeException ex) {
			// every instance prunes; two at once may collide, and the next minute's pass takes what is left
			log.debug("Pruning the change log failed: {}", ex.getMessage());
		}
	}

}
