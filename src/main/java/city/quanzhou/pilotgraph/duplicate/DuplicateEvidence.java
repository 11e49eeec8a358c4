package city.quanzhou.pilotgraph.duplicate;

/**
 * Why two entities look like one: the most similar of their names and aliases ({@code names}, as
 * "a ≈ b"), whether they are in the same district, and the cosine similarity of their embeddings (null while
 * either is not embedded).
 */
public record DuplicateEvidence(double nameSimilarity, String names, boolean sameDistrict, Double embeddingSimilarity) {
}
