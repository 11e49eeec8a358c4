package city.quanzhou.pilotgraph.digest;

/** Where a digest goes besides the in-app inbox, which keeps every digest. */
public enum DigestChannel {

	EMAIL, WEBHOOK

}
