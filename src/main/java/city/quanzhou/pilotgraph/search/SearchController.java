package city.quanzhou.pilotgraph.search;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.entity.EntityKind;

@Controller
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument List<EntityKind> kinds, @Argument Integer first,
			@Argument String district, @Argument String chainId, @Argument List<String> status) {
		return this.search.search(new SearchRequest(text, kinds, first, district, chainId, status));
	}

}
