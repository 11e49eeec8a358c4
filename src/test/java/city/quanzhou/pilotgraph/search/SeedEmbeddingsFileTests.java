package city.quanzhou.pilotgraph.search;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import city.quanzhou.pilotgraph.search.EntityEmbeddings.EntityText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * The seed embeddings file read back as written, refused when it is not one or is cut short, and trusted only
 * for the model that made it and for exactly the text it was made from (with the real model, no database).
 */
class SeedEmbeddingsFileTests {

	private static final String TEXT = "清源创新实验室（清源实验室）：福建省创新实验室";

	private static EmbeddingService model;

	@BeforeAll
	static void realModel() {
		model = new EmbeddingService(new BgeSmallZhV15QuantizedEmbeddingModel(), false);
	}

	@Test
	void shouldReadBackWhatWasWritten() throws IOException {
		float[] vector = model.embed(TEXT);
		byte[] bytes = write(model.modelName(), new SeedEmbeddingsFile.Entry("inst-a", EntityEmbeddings.hash(TEXT), vector));

		SeedEmbeddingsFile.Contents contents = SeedEmbeddingsFile.read(new ByteArrayInputStream(bytes));
		assertThat(contents.model()).isEqualTo(model.modelName()).startsWith("bge-small-zh-v1.5-q ");
		assertThat(contents.dimensions()).isEqualTo(EmbeddingService.DIMENSIONS);
		assertThat(contents.entries()).singleElement().satisfies((entry) -> {
			assertThat(entry.id()).isEqualTo("inst-a");
			assertThat(entry.hash()).isEqualTo(EntityEmbeddings.hash(TEXT));
			assertThat(entry.vector()).isEqualTo(vector);
		});
		assertThat(bytes).hasSizeLessThan(4 * EmbeddingService.DIMENSIONS + 100);
	}

	@Test
	void shouldRefuseWhatIsNotAFileOfItsFormatOrIsCutShort() throws IOException {
		assertThatIOException().isThrownBy(() -> SeedEmbeddingsFile.read(new ByteArrayInputStream("id,name\n".getBytes())))
			.withMessageContaining("PGEMB");
		byte[] whole = write(model.modelName(), new SeedEmbeddingsFile.Entry("inst-a", EntityEmbeddings.hash(TEXT), model.embed(TEXT)));
		assertThatIOException().isThrownBy(() -> SeedEmbeddingsFile.read(new ByteArrayInputStream(Arrays.copyOf(whole, whole.length - 7))))
			.withMessageContaining("cut short");
	}

	@Test
	void shouldGiveTheVectorOnlyForTheSameTextAndModel() throws IOException {
		float[] vector = model.embed(TEXT);
		byte[] bytes = write(model.modelName(), new SeedEmbeddingsFile.Entry("inst-a", EntityEmbeddings.hash(TEXT), vector));
		SeedEmbeddings shipped = new SeedEmbeddings(model, () -> new ByteArrayInputStream(bytes));

		assertThat(shipped.vectorFor(text("inst-a", TEXT))).isEqualTo(vector);
		assertThat(shipped.vectorFor(text("inst-a", TEXT + "，新增方向"))).as("changed text").isNull();
		assertThat(shipped.vectorFor(text("inst-b", TEXT))).as("another entity").isNull();
		assertThat(shipped.usedCount()).isEqualTo(1);
	}

	@Test
	void shouldIgnoreAFileMadeByAnotherModel() throws IOException {
		byte[] bytes = write("bge-large-zh-v1.5", new SeedEmbeddingsFile.Entry("inst-a", EntityEmbeddings.hash(TEXT), model.embed(TEXT)));
		SeedEmbeddings shipped = new SeedEmbeddings(model, () -> new ByteArrayInputStream(bytes));

		assertThat(shipped.vectorFor(text("inst-a", TEXT))).isNull();
		assertThat(shipped.usedCount()).isZero();
	}

	@Test
	void shouldIgnoreAFileWhoseVectorsAreNotWhatTheModelMakesOfTheirText() throws IOException {
		// the model's vector of another text, filed under this text's hash: a file from a different build of the model
		float[] other = model.embed("晋江鞋服产业链");
		byte[] bytes = write(model.modelName(), new SeedEmbeddingsFile.Entry("inst-a", EntityEmbeddings.hash(TEXT), other));
		SeedEmbeddings shipped = new SeedEmbeddings(model, () -> new ByteArrayInputStream(bytes));

		assertThat(shipped.vectorFor(text("inst-a", TEXT))).isNull();
		assertThat(shipped.usedCount()).isZero();
	}

	private static EntityText text(String id, String text) {
		return new EntityText(id, text, EntityEmbeddings.hash(text), true, 1);
	}

	private static byte[] write(String modelName, SeedEmbeddingsFile.Entry... entries) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SeedEmbeddingsFile.write(out, modelName, EmbeddingService.DIMENSIONS, List.of(entries));
		return out.toByteArray();
	}

}
