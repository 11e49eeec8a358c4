package city.quanzhou.pilotgraph.search;

/**
 * How far embedding has come. {@code pending}: entities queued whose vector is not up to date with their
 * text; {@code done}: the other entities. {@code perSecond}: entities this instance's job took off the queue
 * per second, averaged over its current run of work (or its last, when idle); {@code eta}: seconds until the
 * queue is empty at that rate, null when nothing is pending or no rate is known yet.
 */
public record EmbeddingStatus(long pending, long done, double perSecond, Double eta) {
}
