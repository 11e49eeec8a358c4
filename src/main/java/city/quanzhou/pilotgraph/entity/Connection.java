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

	/** Stands for a totalCount nobody asked for; the field is never answered then. */
	static final int NOT_COUNTED = -1;

	public static <T> Connection<T> of(List<T> nodes, Page page, int totalCount) {
		return of(nodes, page, totalCount, page.offset() + nodes.size() < totalCount);
	}

	/** From one more node than the page holds (when there is one more), for a request without totalCount. */
	static <T> Connection<T> uncounted(List<T> nodesAndOneMore, Page page) {
		boolean hasNext = nodesAndOneMore.size() > page.limit();
		List<T> nodes = hasNext ? nodesAndOneMore.subList(0, page.limit()) : nodesAndOneMore;
		return of(nodes, page, NOT_COUNTED, hasNext);
	}

	private static <T> Connection<T> of(List<T> nodes, Page page, int totalCount, boolean hasNext) {
		List<Edge<T>> edges = new ArrayList<>(nodes.size());
		for (int i = 0; i < nodes.size(); i++) {
			edges.add(new Edge<>(Page.cursor(page.offset() + i), nodes.get(i)));
		}
		String start = edges.isEmpty() ? null : edges.getFirst().cursor();
		String end = edges.isEmpty() ? null : edges.getLast().cursor();
		return new Connection<>(totalCount, new PageInfo(hasNext, page.offset() > 0, start, end), edges);
	}

}
