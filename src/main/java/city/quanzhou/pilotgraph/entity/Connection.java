package city.quanzhou.pilotgraph.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * A Relay connection over one page of a list, with the size of the whole list.
 */
public record Connection<T>(int totalCount, PageInfo pageInfo, List<Edge<T>> edges) {

	public record Edge<T>(String cursor, T node) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	public static <T> Connection<T> of(List<T> nodes, Page page, int totalCount) {
		List<Edge<T>> edges = new ArrayList<>(nodes.size());
		for (int i = 0; i < nodes.size(); i++) {
			edges.add(new Edge<>(Page.cursor(page.offset() + i), nodes.get(i)));
		}
		String start = edges.isEmpty() ? null : edges.getFirst().cursor();
		String end = edges.isEmpty() ? null : edges.getLast().cursor();
		boolean hasNext = page.offset() + nodes.size() < totalCount;
		return new Connection<>(totalCount, new PageInfo(hasNext, page.offset() > 0, start, end), edges);
	}

}
