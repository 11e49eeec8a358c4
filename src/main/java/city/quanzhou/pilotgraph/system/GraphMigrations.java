package city.quanzhou.pilotgraph.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.CRC32;

import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the Cypher migrations in {@code graph-schema/} on the conventions of neo4j-migrations, which
 * cannot be resolved here: files named {@code V<version>__<Description>.cypher}, applied in version order,
 * each once, recorded as a chain of {@code :__Neo4jMigration} nodes with a checksum. A migration whose file
 * changed after it was applied is refused: released migrations are immutable.
 * <p>
 * The checksum is the one neo4j-migrations computes for a Cypher file (its default, not the Flyway-compatible
 * one): the file is cut into statements at a semicolon that ends a line, each statement trimmed and its final
 * semicolon dropped, empty ones skipped, and CRC32 runs over the UTF-8 bytes of the statements in order. So a
 * database migrated here could later be handed to that library without every migration being flagged as
 * changed. (Its {@code :use database} lines are not supported here; no migration of ours has one.) Databases
 * whose migrations were recorded with this runner's earlier checksum, CRC32 over the whole file, have it
 * replaced once when the file is unchanged.
 */
@Component
public class GraphMigrations {

	private static final Logger log = LoggerFactory.getLogger(GraphMigrations.class);

	private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");

	private static final String LOCATION = "classpath*:graph-schema/V*.cypher";

	/** A statement that commits in batches of its own, which cannot run inside a transaction. */
	private static final Pattern IN_TRANSACTIONS = Pattern
		.compile("\\bIN\\s+(CONCURRENT\\s+)?TRANSACTIONS\\b", Pattern.CASE_INSENSITIVE);

	/**
	 * Migrations run before the service takes requests, so the request-side limit (pilotgraph.transaction-timeout)
	 * is not theirs: a data migration over a large graph (V0004 queues every entity without a vector) and a
	 * cold JVM's first statement on a crowded machine have both outlived its 20 s.
	 */
	private static final TransactionConfig START_UP = TransactionConfig.builder().withTimeout(Duration.ofMinutes(10)).build();

	private final GraphSessions sessions;

	GraphMigrations(GraphSessions sessions) {
		this.sessions = sessions;
	}

	/** Applies what is pending and returns how many migrations it applied. */
	public int migrate() {
		List<Migration> migrations = discover();
		try (Session session = this.sessions.session()) {
			Map<String, String> applied = session.executeRead((tx) -> {
				var checksums = new java.util.HashMap<String, String>();
				tx.run("MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE' RETURN m.version AS version, m.checksum AS checksum")
					.forEachRemaining((row) -> checksums.put(row.get("version").asString(), row.get("checksum").asString()));
				return checksums;
			}, START_UP);
			int count = 0;
			for (Migration migration : migrations) {
				String recorded = applied.get(migration.version());
				if (recorded != null) {
					if (recorded.equals(migration.fileChecksum())) {
						recordChecksum(session, migration);
						continue;
					}
					if (!recorded.equals(migration.checksum())) {
						throw new IllegalStateException("Migration " + migration.fileName() + " was changed after it was applied "
								+ "(checksum " + recorded + " recorded, " + migration.checksum() + " now); add a new migration instead");
					}
					continue;
				}
				apply(session, migration);
				count++;
			}
			return count;
		}
	}

	/** Replaces the checksum recorded by this runner before it computed neo4j-migrations' own. */
	private void recordChecksum(Session session, Migration migration) {
		session.executeWriteWithoutResult((tx) -> tx.run("""
				MATCH (m:__Neo4jMigration {version: $version}) SET m.checksum = $checksum
				""", Map.of("version", migration.version(), "checksum", migration.checksum())).consume());
		log.info("Recorded the neo4j-migrations checksum of {} (it was recorded over the whole file)",
				migration.fileName());
	}

	private void apply(Session session, Migration migration) {
		long started = System.nanoTime();
		// Schema commands cannot share a transaction with data writes, so each statement runs on its own. A
		// statement that commits in batches (CALL {} IN TRANSACTIONS, for data migrations of large graphs) must
		// not run inside a transaction: as neo4j-migrations does, it goes as an auto-commit query.
		for (String statement : migration.statements()) {
			if (IN_TRANSACTIONS.matcher(statement).find()) {
				session.run(statement, START_UP).consume();
			}
			else {
				session.executeWriteWithoutResult((tx) -> tx.run(statement).consume(), START_UP);
			}
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		session.executeWriteWithoutResult((tx) -> tx.run("""
				MERGE (baseline:__Neo4jMigration {version: 'BASELINE'})
				WITH baseline
				OPTIONAL MATCH (baseline)-[:MIGRATED_TO*]->(last:__Neo4jMigration) WHERE NOT (last)-[:MIGRATED_TO]->()
				WITH coalesce(last, baseline) AS previous
				CREATE (previous)-[:MIGRATED_TO {at: $at, in: duration({milliseconds: $millis}), by: 'pilotgraph'}]->
				       (:__Neo4jMigration {version: $version, description: $description, type: 'CYPHER',
				                           source: $source, checksum: $checksum})
				""", Map.of("at", ZonedDateTime.now(), "millis", millis, "version", migration.version(), "description",
				migration.description(), "source", migration.fileName(), "checksum", migration.checksum())).consume());
		log.info("Applied migration {} in {} ms", migration.fileName(), millis);
	}

	static List<Migration> discover() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			List<Migration> migrations = new ArrayList<>();
			for (Resource resource : resources) {
				String fileName = resource.getFilename();
				Matcher matcher = FILE_NAME.matcher(fileName);
				if (!matcher.matches()) {
					throw new IllegalStateException("Migration file name " + fileName + " does not match V<version>__<Description>.cypher");
				}
				String content = resource.getContentAsString(StandardCharsets.UTF_8);
				migrations.add(new Migration(matcher.group(1), matcher.group(2).replace('_', ' '), fileName, content));
			}
			migrations.sort(Comparator.comparingLong((Migration m) -> Long.parseLong(m.version())));
			return migrations;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the migrations in graph-schema/", ex);
		}
	}

	record Migration(String version, String description, String fileName, String content) {

		/** Where neo4j-migrations ends a statement: a semicolon followed by a line break. */
		private static final Pattern STATEMENT_END = Pattern.compile(";(?:\\r?\\n|\\r)");

		/** neo4j-migrations' checksum: CRC32 over the statements as it cuts them, comments included. */
		String checksum() {
			CRC32 crc = new CRC32();
			for (String statement : statementsAsWritten()) {
				crc.update(statement.getBytes(StandardCharsets.UTF_8));
			}
			return Long.toString(crc.getValue());
		}

		/** What this runner recorded before: CRC32 over the whole file. Only read to replace it. */
		String fileChecksum() {
			CRC32 crc = new CRC32();
			crc.update(this.content.getBytes(StandardCharsets.UTF_8));
			return Long.toString(crc.getValue());
		}

		/** The statements as neo4j-migrations cuts them, {@code //} comment lines still in them. */
		List<String> statementsAsWritten() {
			// trim(), not strip(): the library trims, and the checksum must agree byte for byte.
			return Arrays.stream(STATEMENT_END.split(this.content))
				.map((statement) -> statement.trim().replaceAll(";$", "").trim())
				.filter((statement) -> !statement.isEmpty())
				.toList();
		}

		/** The statements to run: as written, without their {@code //} comment lines; comment-only ones skipped. */
		List<String> statements() {
			return statementsAsWritten().stream()
				.map((statement) -> statement.lines()
					.filter((line) -> !line.strip().startsWith("//"))
					.collect(Collectors.joining("\n"))
					.strip())
				.filter((statement) -> !statement.isEmpty())
				.toList();
		}

	}

}
