package city.quanzhou.pilotgraph.entity;

import graphql.schema.DataFetchingEnvironment;

/**
 * What a request asks of one page of a list: the projection of its nodes, whether it wants the size of the
 * whole list (counting a long list costs more than reading a page of it), and where the neighbours read
 * along are kept for the request.
 */
public record PageSelection(EntityProjection projection, boolean countTotal, Prefetched store) {

	/** Every property of every node and the count, for callers without a selection set. */
	static final PageSelection WHOLE = new PageSelection(EntityProjection.WHOLE, true, null);

	/** What the connection field being fetched selects. */
	public static PageSelection of(DataFetchingEnvironment environment) {
		EntityProjection nodes = EntityProjection.at(environment, "edges/node");
		return new PageSelection((nodes != null) ? nodes : EntityProjection.ID_ONLY,
				SelectionCache.selects(environment, "totalCount"), Prefetched.of(environment));
	}

}
