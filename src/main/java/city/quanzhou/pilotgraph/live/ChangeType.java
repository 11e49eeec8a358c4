package city.quanzhou.pilotgraph.live;

/** What a committed write did. */
public enum ChangeType {

	CREATED, UPDATED, DELETED, LINKED, UNLINKED, IMPORTED

}
