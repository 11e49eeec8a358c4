package city.quanzhou.pilotgraph.search;

import java.util.List;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel;

import org.springframework.stereotype.Component;

/**
 * BGE small Chinese v1.5, shipped inside its Maven jar and run in-process by ONNX Runtime: no download at
 * run time. Vectors are 512 floats, normalised, so cosine similarity is their dot product.
 */
@Component
public class EmbeddingService {

	public static final int DIMENSIONS = 512;

	private final EmbeddingModel model = new BgeSmallZhV15EmbeddingModel();

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

}
