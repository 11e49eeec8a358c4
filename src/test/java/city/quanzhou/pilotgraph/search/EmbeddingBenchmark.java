package city.quanzhou.pilotgraph.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import city.quanzhou.pilotgraph.PilotgraphApplication;
import city.quanzhou.pilotgraph.TestGraphs;
import city.quanzhou.pilotgraph.ingest.DatasetImporter;
import city.quanzhou.pilotgraph.ingest.ImportReport;
import city.quanzhou.pilotgraph.search.EntityEmbeddings.EntityText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test: measures the background embedding on this machine. A service with the seed data imports the
 * files of {@code java bench/import/GenerateImportRows.java <dir>} (10,000 enterprises and 90,000 ties), then
 * the figures: how long the import takes to answer, whether its entities are found by words at once, how long
 * until the job has embedded them all (found by meaning), the job's rate, and the bare model's rate on the
 * same texts right after, in the same JVM. Runs only on demand:
 * {@code mvn -q test -Dtest=EmbeddingBenchmark -Dpilotgraph.bench=true -Dpilotgraph.bench.import=/tmp/bench100k}.
 */
@EnabledIfSystemProperty(named = "pilotgraph.bench", matches = "true")
class EmbeddingBenchmark {

	@Test
	void measure() throws Exception {
		Path files = Path.of(System.getProperty("pilotgraph.bench.import", "/tmp/bench100k"));
		assertThat(files.resolve("enterprises.csv")).as("generate it first: java bench/import/GenerateImportRows.java " + files)
			.exists();
		String directory = TestGraphs.directory("embedding-bench");
		long startedAt = System.nanoTime();
		try (ConfigurableApplicationContext service = new SpringApplicationBuilder(PilotgraphApplication.class)
			.web(WebApplicationType.NONE)
			.run("--pilotgraph.data-dir=" + directory, "--pilotgraph.bolt-port=0", "--pilotgraph.seed=if-empty",
					"--pilotgraph.page-cache=256m",
					// the whole import is one transaction, and on a crowded machine a cold JVM's first statements
					// have outlived the default 20 s, and its first connections the pool's 5 s
					"--pilotgraph.transaction-timeout=300s", "--pilotgraph.limits.request-time-limit=310s",
					"--spring.neo4j.pool.connection-acquisition-timeout=120s", "--spring.neo4j.connection-timeout=120s")) {
			double ready = seconds(startedAt);
			EmbeddingJob job = service.getBean(EmbeddingJob.class);
			long seedStarted = System.nanoTime();
			job.awaitIdle(Duration.ofMinutes(30));
			double seedSeconds = seconds(seedStarted);
			long seedEmbedded = job.embeddedCount();

			long importStarted = System.nanoTime();
			ImportReport report = service.getBean(DatasetImporter.class).importDirectory(files, false, "bench");
			double answered = seconds(importStarted);
			assertThat(report.problems()).isEmpty();
			long answeredAt = System.nanoTime();
			EmbeddingStatus atAnswer = job.status();

			SearchService search = service.getBean(SearchService.class);
			List<String> names = new ArrayList<>();
			for (int i = 0; i < 10_000; i += 500) {
				names.add("泉州测试%05d".formatted(i));
			}
			int byWords = 0;
			int notYetEmbedded = 0;
			for (String name : names) {
				List<SearchHit> hits = search.search(new SearchRequest(name, null, 5, null, null, null), SearchMethod.FULLTEXT);
				if (!hits.isEmpty() && hits.getFirst().entity().name().startsWith(name)) {
					byWords++;
					notYetEmbedded += hits.getFirst().embedded() ? 0 : 1;
				}
			}
			double wordsChecked = seconds(answeredAt);

			long embeddedBefore = job.embeddedCount();
			job.awaitIdle(Duration.ofHours(2));
			double drained = seconds(answeredAt);
			long embedded = job.embeddedCount() - embeddedBefore;
			double jobRate = embedded / drained;

			List<String> texts = service.getBean(EntityEmbeddings.class).allTexts(true).stream()
				.filter((text) -> text.id().startsWith("bench-ent-"))
				.map(EntityText::text)
				.toList();
			EmbeddingService model = service.getBean(EmbeddingService.class);
			long bareStarted = System.nanoTime();
			for (int from = 0; from < texts.size(); from += EntityEmbeddings.BATCH_SIZE) {
				model.embedAll(texts.subList(from, Math.min(texts.size(), from + EntityEmbeddings.BATCH_SIZE)));
			}
			double bareSeconds = seconds(bareStarted);
			double bareRate = texts.size() / bareSeconds;

			String out = String.format(Locale.ROOT, """

					=== Embedding benchmark (%d processors, load average %s) ===
					start-up to ready: %.1f s; seed (%d entities) embedded in the background in %.1f s after ready
					import of %s: %d rows, %d created, answered in %.1f s; pending at the answer: %d
					found by words right after the answer: %d of %d sampled names (%d of them not embedded yet), checked within %.1f s
					everything embedded (found by meaning) %.1f s after the answer: %d entities, job %.1f entities/s
					bare model on the same %d texts, batches of %d, right after: %.1f s = %.1f texts/s
					job / bare: %.2f×
					""", Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).strip(), ready,
					seedEmbedded, seedSeconds, files, report.rows(), report.created(), answered, atAnswer.pending(), byWords,
					names.size(), notYetEmbedded, wordsChecked, drained, embedded, jobRate, texts.size(),
					EntityEmbeddings.BATCH_SIZE, bareSeconds, bareRate, jobRate / bareRate);
			System.out.println(out);
			Files.writeString(Path.of("target", "embedding-benchmark.txt"), out);
		}
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

}
