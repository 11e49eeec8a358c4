package city.quanzhou.pilotgraph.support;

import city.quanzhou.pilotgraph.entity.GraphEntity;

/**
 * What one agency or institute trained: events, participants, newly qualified brokers, and the brokers and
 * bases the graph ties to its events.
 */
public record TrainingOrganiser(GraphEntity organiser, long events, long participants, long newBrokers,
		long brokersTrained, long basesTrained) {
}
