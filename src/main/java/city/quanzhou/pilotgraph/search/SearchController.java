package city.quanzhou.pilotgraph.search;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.EntityProjection;
import city.quanzhou.pilotgraph.entity.Prefetched;
import city.quanzhou.pilotgraph.entity.SelectionCache;

@Controller
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument List<EntityKind> kinds, @Argument Integer first,
			@Argument String district, @Argument String chainId, @Argument List<String> status,
			DataFetchingEnvironment environment) {
		EntityProjection entity = EntityProjection.at(environment, "entity");
		return this.search.search(new SearchRequest(text, kinds, first, district, chainId, status), SearchMethod.HYBRID,
				(entity != null) ? entity : EntityProjection.ID_ONLY, Prefetched.of(environment),
				SelectionCache.selects(environment, "match"));
	}

}
