package city.quanzhou.pilotgraph.system;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import city.quanzhou.pilotgraph.FixtureGraphTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class GraphMigrationsTests extends FixtureGraphTest {

	@Autowired
	GraphMigrations migrations;

	@Autowired
	Driver neo4j;

	@Test
	void shouldRecordEveryMigrationOnceInVersionOrder() {
		assertThat(this.migrations.migrate()).isZero();
		try (Session session = this.neo4j.session()) {
			var versions = session.executeRead((tx) -> tx.run("""
					MATCH path = (:__Neo4jMigration {version: 'BASELINE'})-[:MIGRATED_TO*]->(last)
					WHERE NOT (last)-[:MIGRATED_TO]->()
					RETURN [m IN tail(nodes(path)) | m.version] AS versions
					""").single().get("versions").asList((value) -> value.asString()));
			var files = GraphMigrations.discover().stream().map(GraphMigrations.Migration::version).toList();
			assertThat(versions).isEqualTo(files).startsWith("0001", "0002");
		}
	}

	@Test
	void shouldRefuseToStartWhenAnAppliedMigrationWasEdited() {
		try (Session session = this.neo4j.session()) {
			String original = session.executeWrite((tx) -> tx.run("""
					MATCH (m:__Neo4jMigration {version: '0001'})
					WITH m, m.checksum AS original SET m.checksum = '1' RETURN original
					""").single().get("original").asString());
			try {
				assertThatIllegalStateException().isThrownBy(this.migrations::migrate)
					.withMessageContaining("V0001__Create_constraints_and_indexes.cypher was changed after it was applied");
			}
			finally {
				session.executeWriteWithoutResult((tx) -> tx.run(
						"MATCH (m:__Neo4jMigration {version: '0001'}) SET m.checksum = $original",
						java.util.Map.of("original", original)).consume());
			}
		}
	}

	@Test
	void shouldComputeTheChecksumNeo4jMigrationsComputes() {
		var migration = new GraphMigrations.Migration("9", "Example", "V9__Example.cypher", """
				// a comment; with a semicolon
				CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);
				CREATE INDEX b IF NOT EXISTS
				FOR (n:B) ON (n.y);
				""");
		// CRC32 over the two statements as neo4j-migrations cuts them (comment kept, final semicolons dropped),
		// worked out independently with Python's zlib.crc32.
		assertThat(migration.statementsAsWritten()).containsExactly(
				"// a comment; with a semicolon\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)",
				"CREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y)");
		assertThat(migration.checksum()).isEqualTo("3648673242");
	}

	@Test
	void shouldReplaceAChecksumRecordedOverTheWholeFileOnce() {
		var first = GraphMigrations.discover().get(0);
		try (Session session = this.neo4j.session()) {
			session.executeWriteWithoutResult((tx) -> tx.run(
					"MATCH (m:__Neo4jMigration {version: $version}) SET m.checksum = $checksum",
					java.util.Map.of("version", first.version(), "checksum", first.fileChecksum())).consume());
			assertThat(this.migrations.migrate()).isZero();
			String recorded = session.executeRead((tx) -> tx.run(
					"MATCH (m:__Neo4jMigration {version: $version}) RETURN m.checksum AS checksum",
					java.util.Map.of("version", first.version())).single().get("checksum").asString());
			assertThat(recorded).isEqualTo(first.checksum()).isNotEqualTo(first.fileChecksum());
		}
	}

	@Test
	void shouldSplitStatementsAndDropCommentLines() {
		var migration = new GraphMigrations.Migration("9", "Example", "V9__Example.cypher", """
				// a comment; with a semicolon
				CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);
				CREATE INDEX b IF NOT EXISTS
				FOR (n:B) ON (n.y);
				""");
		assertThat(migration.statements()).containsExactly("CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)",
				"CREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y)");
	}

}
