package city.quanzhou.pilotgraph.broker;

import city.quanzhou.pilotgraph.entity.GraphEntity;

/**
 * Deals a broker brokered with a party, and the last year of one.
 */
public record BrokeredDeal(Broker broker, GraphEntity party, Integer deals, Integer lastYear) {
}
