package city.quanzhou.pilotgraph.path;

import city.quanzhou.pilotgraph.broker.Broker;

/**
 * A broker near both parties, with one shortest path to each (from the party to the broker).
 */
public record BridgingBroker(Broker broker, int hopsToA, int hopsToB, PartnerPath pathToA, PartnerPath pathToB) {
}
