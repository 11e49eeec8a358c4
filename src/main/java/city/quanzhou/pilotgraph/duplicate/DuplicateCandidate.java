package city.quanzhou.pilotgraph.duplicate;

import city.quanzhou.pilotgraph.entity.GraphEntity;

/** Two entities of one kind that likely stand for the same thing, with a score from 0 to 1 and the evidence. */
public record DuplicateCandidate(GraphEntity a, GraphEntity b, double score, DuplicateEvidence evidence) {
}
