package city.quanzhou.pilotgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.context.ConfigurableApplicationContext;

import city.quanzhou.pilotgraph.TestGraphs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Chunked imports are all or nothing against a real embedded database: an import whose process is killed after
 * half its chunks is undone when the service starts again, before it is ready; a chunk that fails on a constraint
 * has the chunks before it undone at once; and a whole import is written chunk by chunk with every chunk reported.
 * The kill is real: {@link KilledImportProcess} runs in its own JVM and halts right after a chunk has committed,
 * and this class then starts the service on that same data directory.
 */
@Tag("integration")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InterruptedImportTests {

	private static final int HALT_AFTER = 14;

	private Path imports;

	private List<String> beforeImport;

	private List<String> atHalt;

	private List<String> afterRestart;

	private ConfigurableApplicationContext service;

	@BeforeAll
	void killAnImportHalfWayAndStartAgain() throws Exception {
		String data = TestGraphs.directory("interrupted-import");
		Path work = Files.createTempDirectory(Path.of("target", "test-graphs"), "interrupted-import-files-");
		this.imports = ImportCrashFixture.writeImport(work.resolve("import"));
		Path log = work.resolve("killed-import.log");
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
				"-cp", System.getProperty("java.class.path"), KilledImportProcess.class.getName(), data,
				this.imports.toString(), work.resolve("before.txt").toString(), work.resolve("at-halt.txt").toString(),
				String.valueOf(HALT_AFTER))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (!child.waitFor(10, TimeUnit.MINUTES)) {
			child.destroyForcibly();
			throw new AssertionError("The import process did not halt within 10 minutes; its log: " + log);
		}
		assertThat(child.exitValue()).as("exit status of the import process (log: %s)", log).isEqualTo(KilledImportProcess.HALTED);
		this.beforeImport = GraphDump.read(work.resolve("before.txt"));
		this.atHalt = GraphDump.read(work.resolve("at-halt.txt"));
		this.service = ImportCrashFixture.start(data);
		this.afterRestart = GraphDump.of(driver());
	}

	@AfterAll
	void stop() {
		if (this.service != null) {
			this.service.close();
		}
	}

	@Test
	void shouldUndoAnImportKilledHalfWayWhenTheServiceStartsAgain() {
		// the kill really came in the middle: new enterprises, their new district and the journal were committed
		assertThat(this.atHalt).anyMatch((line) -> line.contains("ent-new-000"))
			.anyMatch((line) -> line.contains("350599"))
			.anyMatch((line) -> line.contains("ImportUndo"))
			.anyMatch((line) -> line.contains("迁往晋江后的新描述"));
		// and the restarted service found the graph exactly as before the import: the same nodes with the same
		// properties and labels, the same ties, no journal
		assertThat(this.afterRestart).isEqualTo(this.beforeImport);
	}

	@Test
	void shouldWriteTheWholeImportChunkByChunkAndReportEveryChunk() {
		List<ImportChunk> told = new ArrayList<>();
		ImportReport report = importer().importDirectory(this.imports, false, "tester", (chunk, chunks, written, rows) -> told.add(chunk));
		assertThat(report.problems()).isEmpty();
		assertThat(report.written()).isTrue();
		assertThat(report.created()).isEqualTo(200);
		assertThat(report.updated()).isEqualTo(20);
		assertThat(report.relinked()).isEqualTo(20);
		assertThat(report.unchanged()).isZero();
		assertThat(report.chunks()).hasSize(ImportCrashFixture.CHUNKS).isEqualTo(told);
		assertThat(report.chunks()).allMatch((chunk) -> chunk.rows() <= ImportCrashFixture.CHUNK_SIZE);
		assertThat(report.chunks().stream().mapToLong(ImportChunk::rows).sum()).isEqualTo(report.rows()).isEqualTo(661);
		assertThat(report.chunks().getFirst().step()).isEqualTo("districts");
		assertThat(report.chunks().getLast().step()).isEqualTo("ties ACTIVE_IN");
		assertThat(count("MATCH (:Enterprise {id: 'ent-new-123'})-[:ACTIVE_IN]->(:ChainLink {id: 'link-dyeing'}) RETURN count(*)")).isEqualTo(1);
		assertThat(count("MATCH (:Enterprise {id: 'ent-old-07'})-[:LOCATED_IN]->(:District {code: '350582'}) RETURN count(*)")).isEqualTo(1);
		assertThat(count("MATCH (:Enterprise {id: 'ent-old-07'})-[:LOCATED_IN]->(d) RETURN count(d)")).isEqualTo(1);
		assertThat(ImportCrashFixture.journalLeft(driver())).isZero();
		ImportReport again = importer().importDirectory(this.imports, false, "tester");
		assertThat(again.created() + again.updated()).isZero();
		assertThat(again.unchanged()).isEqualTo(220);
	}

	@Test
	void shouldLeaveNothingWhenAChunkFailsOnAConstraint() {
		// a rule the validation does not know of, and an editor who takes a value while the import is written:
		// the chunk holding the row with that value fails in the database
		run("CREATE CONSTRAINT enterprise_note_test IF NOT EXISTS FOR (n:Enterprise) REQUIRE n.sourceNote IS UNIQUE");
		List<String> before = GraphDump.of(driver());
		StringBuilder enterprises = new StringBuilder(ImportCrashFixture.ENTERPRISES_HEADER);
		for (int i = 30; i < 35; i++) {
			enterprises.append("ent-old-%02d,石狮老企业ent-old-%02d,,350582,,,失败导入的描述,SYNTHETIC,\n".formatted(i, i));
		}
		for (int i = 0; i < 100; i++) {
			enterprises.append("ent-fail-%03d,冲突测试企业%03d,,350581,,false,,SYNTHETIC,冲突说明%03d\n".formatted(i, i, i));
		}
		byte[] bytes = enterprises.toString().getBytes(StandardCharsets.UTF_8);
		Map<String, Supplier<InputStream>> files = Map.of("enterprises.csv", () -> new ByteArrayInputStream(bytes));
		ImportReport report = importer().importFiles(files, false, "tester", (chunk, chunks, written, rows) -> {
			if (chunk.number() == 2) {
				run("CREATE (:Entity:Enterprise {id: 'ent-editor', name: '编辑新建企业', sourceNote: '冲突说明090', source: 'SYNTHETIC', version: 1})");
			}
		});
		assertThat(report.written()).isFalse();
		assertThat(report.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.file()).isEqualTo("enterprises.csv");
			assertThat(problem.reason()).startsWith("Chunk 4 of 10 (enterprises.csv, nodes) could not be written: ")
				.contains("冲突说明090")
				.endsWith("the chunks written before it were undone, nothing of this import remains");
		});
		assertThat(ImportCrashFixture.journalLeft(driver())).isZero();
		// what the editor wrote stays; of the import nothing does
		run("MATCH (n:Enterprise {id: 'ent-editor'}) DELETE n");
		assertThat(GraphDump.of(driver())).isEqualTo(before);
	}

	@Test
	void shouldLeaveNothingWhenAnotherWriterCreatesAnIdTheImportIsAboutToCreate() {
		// new nodes are created without being looked for (the validation found them nowhere): an editor who creates
		// one of them while the import is written makes its chunk fail on the id constraint, and the import is
		// undone, however many node chunks were being written at once
		List<String> before = GraphDump.of(driver());
		StringBuilder enterprises = new StringBuilder(ImportCrashFixture.ENTERPRISES_HEADER);
		for (int i = 0; i < 200; i++) {
			enterprises.append("ent-race-%03d,竞争测试企业%03d,,350581,,false,,SYNTHETIC,\n".formatted(i, i));
		}
		byte[] bytes = enterprises.toString().getBytes(StandardCharsets.UTF_8);
		Map<String, Supplier<InputStream>> files = Map.of("enterprises.csv", () -> new ByteArrayInputStream(bytes));
		ImportReport report = importer().importFiles(files, false, "tester", (chunk, chunks, written, rows) -> {
			if (chunk.number() == 1) {
				run("CREATE (:Entity:Enterprise {id: 'ent-race-150', name: '编辑抢先新建企业', source: 'SYNTHETIC', version: 1})");
			}
		});
		assertThat(report.written()).isFalse();
		assertThat(report.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.file()).isEqualTo("enterprises.csv");
			assertThat(problem.reason()).contains("(enterprises.csv, nodes) could not be written: ")
				.contains("ent-race-150")
				.endsWith("the chunks written before it were undone, nothing of this import remains");
		});
		assertThat(ImportCrashFixture.journalLeft(driver())).isZero();
		assertThat(count("MATCH (n:Enterprise) WHERE n.id STARTS WITH 'ent-race-' RETURN count(n)")).isEqualTo(1);
		run("MATCH (n:Enterprise {id: 'ent-race-150'}) DELETE n");
		assertThat(GraphDump.of(driver())).isEqualTo(before);
	}

	@Test
	void shouldUndoNewAndExistingTiesBetweenOlderEntitiesWhenTheImportStopsAfterItsLastChunk() {
		// ties between entities that were there before: 20 new ones (journaled as one list per chunk) and 10 that
		// exist already (journaled one by one; enterprises the other imports of this class leave alone); the import
		// is stopped after its last chunk, before it is final
		List<String> before = GraphDump.of(driver());
		StringBuilder links = new StringBuilder("enterpriseId,linkId\n");
		for (int i = 20; i < 40; i++) {
			links.append("ent-old-%02d,link-fabric\n".formatted(i));
		}
		for (int i = 20; i < 30; i++) {
			links.append("ent-old-%02d,link-dyeing\n".formatted(i));
		}
		byte[] bytes = links.toString().getBytes(StandardCharsets.UTF_8);
		Map<String, Supplier<InputStream>> files = Map.of("enterprise_links.csv", () -> new ByteArrayInputStream(bytes));
		long[] journaled = new long[2];
		assertThatThrownBy(() -> importer().importFiles(files, false, "tester", (chunk, chunks, written, rows) -> {
			if (chunk.number() == chunks) {
				journaled[0] = count("MATCH (u:ImportUndo {undoKind: 'ties'}) RETURN sum(size(u.undoFrom))");
				journaled[1] = count("MATCH (u:ImportUndo {undoKind: 'tie'}) RETURN count(u)");
				throw new IllegalStateException("stopped by the test after chunk " + chunk.number());
			}
		})).hasMessageContaining("stopped by the test");
		assertThat(journaled).containsExactly(20, 10);
		assertThat(ImportCrashFixture.journalLeft(driver())).isZero();
		assertThat(GraphDump.of(driver())).isEqualTo(before);
	}

	private DatasetImporter importer() {
		return this.service.getBean(DatasetImporter.class);
	}

	private Driver driver() {
		return this.service.getBean(Driver.class);
	}

	private void run(String cypher) {
		try (Session session = driver().session()) {
			session.run(cypher).consume();
		}
	}

	private long count(String cypher) {
		try (Session session = driver().session()) {
			return session.executeRead((tx) -> tx.run(cypher).single().get(0).asLong());
		}
	}

}
