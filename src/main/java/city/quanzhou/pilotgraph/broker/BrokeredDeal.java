package city.quanzhou.pilotgraph.broker;

import city.quanzhou.pilotgraph.entity.GraphEntity;

/**
 * Deals a broker brokered with a party, and the last year of one.
 * {@code source} says where the tie's fact comes from (a TieSource name), {@code sourceNote} cites it.
 */
public record BrokeredDeal(Broker broker, GraphEntity party, Integer deals, Integer lastYear, String source, String sourceNote) {
}
