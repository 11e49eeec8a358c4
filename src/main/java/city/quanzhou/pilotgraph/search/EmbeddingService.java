package city.quanzhou.pilotgraph.search;

import java.util.List;

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

	private final EmbeddingModel model;

	private final boolean useQueryInstruction;

	@Autowired
	EmbeddingService(SearchProperties properties) {
		this(new BgeSmallZhV15QuantizedEmbeddingModel(), properties.queryInstruction());
	}

	EmbeddingService(EmbeddingModel model, boolean useQueryInstruction) {
		this.model = model;
		this.useQueryInstruction = useQueryInstruction;
		// ONNX Runtime prepares its kernels on the first run; pay that at start-up, not on a user's query.
		embed("中试基地");
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
