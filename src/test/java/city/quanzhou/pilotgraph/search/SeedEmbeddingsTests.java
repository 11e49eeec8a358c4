package city.quanzhou.pilotgraph.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import city.quanzhou.pilotgraph.FixtureGraphTest;
import city.quanzhou.pilotgraph.ingest.DatasetImporter;
import city.quanzhou.pilotgraph.ingest.ImportReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped seed embeddings against the real file, model and database: entities whose text is the one the
 * file's vector was made from get that vector without the model; an entity whose text changed is embedded by
 * the model again, and only that one.
 */
class SeedEmbeddingsTests extends FixtureGraphTest {

	private static final String CHANGED = "inst-qingyuan-lab";

	@Autowired
	DatasetImporter importer;

	@Autowired
	EntityEmbeddings entityEmbeddings;

	@Autowired
	SeedEmbeddings seedEmbeddings;

	@Autowired
	EmbeddingService model;

	private Map<String, SeedEmbeddingsFile.Entry> shipped;

	@BeforeEach
	void seedInstitutesImported() throws IOException {
		replaceGraph("RETURN 1");
		awaitEmbeddings();
		try (InputStream in = new ClassPathResource(SeedEmbeddings.LOCATION).getInputStream()) {
			this.shipped = SeedEmbeddingsFile.read(in)
				.entries()
				.stream()
				.collect(Collectors.toMap(SeedEmbeddingsFile.Entry::id, (entry) -> entry));
		}
	}

	@Test
	void shouldTakeUnchangedTextsFromTheFileAndEmbedAChangedOneAgain() {
		long byModel = this.entityEmbeddings.modelEmbeddedCount();
		long fromFile = this.seedEmbeddings.usedCount();

		// the seed's institutes as they ship, through the import: every one is queued for embedding
		ImportReport report = this.importer.importFiles(seedFiles("districts.csv", "institutes.csv"), false, "tester");
		assertThat(report.problems()).isEmpty();
		List<String> institutes = ids("MATCH (n:Institute) RETURN n.id ORDER BY n.id");
		assertThat(institutes).hasSizeGreaterThan(30).contains(CHANGED);
		awaitEmbeddings();

		assertThat(this.entityEmbeddings.modelEmbeddedCount()).as("embedded by the model").isEqualTo(byModel);
		assertThat(this.seedEmbeddings.usedCount()).isEqualTo(fromFile + institutes.size());
		for (String id : institutes) {
			assertThat(vector(id)).as(id).isEqualTo(this.shipped.get(id).vector());
			assertThat(embeddingHash(id)).as(id).isEqualTo(this.shipped.get(id).hash());
		}

		// an editor changes one description: that entity alone is embedded again, by the model
		write("MATCH (n:Entity {id: $id}) SET n.description = '面向海洋新材料的中试验证平台' " + EmbeddingQueue.MARK, CHANGED);
		write("MATCH (n:Entity {id: $id}) " + EmbeddingQueue.MARK, "inst-hit-quanzhou");
		awaitEmbeddings();

		assertThat(this.entityEmbeddings.modelEmbeddedCount()).isEqualTo(byModel + 1);
		assertThat(this.seedEmbeddings.usedCount()).isEqualTo(fromFile + institutes.size());
		assertThat(embeddingHash(CHANGED)).isNotEqualTo(this.shipped.get(CHANGED).hash());
		float[] changed = vector(CHANGED);
		assertThat(changed).isNotEqualTo(this.shipped.get(CHANGED).vector());
		assertThat(cosine(changed, this.model.embed("清源创新实验室（清源实验室）：面向海洋新材料的中试验证平台")))
			.as("the model's vector of the new text").isGreaterThan(0.99);
		assertThat(vector("inst-hit-quanzhou")).isEqualTo(this.shipped.get("inst-hit-quanzhou").vector());
	}

	private static Map<String, Supplier<InputStream>> seedFiles(String... names) {
		Map<String, Supplier<InputStream>> files = new LinkedHashMap<>();
		for (String name : names) {
			files.put(name, () -> {
				try {
					return new ClassPathResource("seed-data/" + name).getInputStream();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		return files;
	}

	private static double cosine(float[] a, float[] b) {
		double dot = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
		}
		return dot;
	}

	private List<String> ids(String cypher) {
		try (Session session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run(cypher).list((row) -> row.get(0).asString()));
		}
	}

	private float[] vector(String id) {
		try (Session session = this.driver.session()) {
			List<Double> values = session.executeRead((tx) -> tx
				.run("MATCH (n:Entity {id: $id}) RETURN n.embedding AS v", Map.of("id", id))
				.single()
				.get("v")
				.asList(Value::asDouble));
			float[] vector = new float[values.size()];
			for (int i = 0; i < vector.length; i++) {
				vector[i] = values.get(i).floatValue();
			}
			return vector;
		}
	}

	private String embeddingHash(String id) {
		try (Session session = this.driver.session()) {
			return session.executeRead((tx) -> tx
				.run("MATCH (n:Entity {id: $id}) RETURN n.embeddingHash AS hash", Map.of("id", id))
				.single()
				.get("hash")
				.asString(null));
		}
	}

	private void write(String cypher, String id) {
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> tx.run(cypher, Map.of("id", id)).consume());
		}
	}

}
