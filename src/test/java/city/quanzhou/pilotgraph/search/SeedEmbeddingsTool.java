package city.quanzhou.pilotgraph.search;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import city.quanzhou.pilotgraph.PilotgraphApplication;
import city.quanzhou.pilotgraph.search.EntityEmbeddings.EntityText;

/**
 * Writes {@code seed-data/embeddings.bin}: loads the seed data into a new embedded database of its own (a
 * temporary directory, deleted afterwards), reads every entity's text exactly as the service embeds it and has
 * the model embed all of them afresh (never from an older file). Run it after changing the seed data, the
 * embedded text or the model (command in seed-data/README.md); the service embeds whatever the file does not
 * match anyway, so a stale file costs time, never wrong vectors.
 */
public final class SeedEmbeddingsTool {

	private SeedEmbeddingsTool() {
	}

	public static void main(String[] args) throws IOException {
		Path target = Path.of((args.length > 0) ? args[0] : "seed-data/embeddings.bin").toAbsolutePath();
		Path data = Files.createTempDirectory("pilotgraph-seed-embeddings-");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PilotgraphApplication.class)
			.web(WebApplicationType.NONE)
			.properties("pilotgraph.data-dir=" + data, "pilotgraph.bolt-port=0", "pilotgraph.seed=if-empty",
					"pilotgraph.embedding.background=false")
			.run()) {
			EntityEmbeddings entities = context.getBean(EntityEmbeddings.class);
			EmbeddingService model = context.getBean(EmbeddingService.class);
			List<EntityText> texts = entities.allTexts(context.getBean(SearchProperties.class).enrichedText());
			List<SeedEmbeddingsFile.Entry> entries = new ArrayList<>(texts.size());
			long started = System.nanoTime();
			for (int start = 0; start < texts.size(); start += EntityEmbeddings.BATCH_SIZE) {
				List<EntityText> batch = texts.subList(start, Math.min(texts.size(), start + EntityEmbeddings.BATCH_SIZE));
				List<float[]> vectors = model.embedAll(batch.stream().map(EntityText::text).toList());
				for (int i = 0; i < batch.size(); i++) {
					entries.add(new SeedEmbeddingsFile.Entry(batch.get(i).id(), batch.get(i).hash(), vectors.get(i)));
				}
				System.out.printf("embedded %d/%d%n", entries.size(), texts.size());
			}
			// written beside the target, then moved over it: a failed run leaves the old file whole
			Path written = target.resolveSibling(target.getFileName() + ".tmp");
			try (OutputStream out = Files.newOutputStream(written)) {
				SeedEmbeddingsFile.write(out, model.modelName(), EmbeddingService.DIMENSIONS, entries);
			}
			Files.move(written, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			System.out.printf("%s: %d vectors of %s, %d bytes, embedded in %d s%n", target, entries.size(), model.modelName(),
					Files.size(target), (System.nanoTime() - started) / 1_000_000_000);
		}
		finally {
			try (Stream<Path> files = Files.walk(data)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
	}

}
