package city.quanzhou.pilotgraph.path;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.EntityProjection;
import city.quanzhou.pilotgraph.entity.Prefetched;
import city.quanzhou.pilotgraph.entity.SelectionCache;

@Controller
class PathController {

	private final PathService paths;

	PathController(PathService paths) {
		this.paths = paths;
	}

	@QueryMapping
	List<PartnerPath> partnerPaths(@Argument String from, @Argument String to, @Argument Integer maxHops,
			@Argument Integer first, @Argument PathOptions options, DataFetchingEnvironment environment) {
		return this.paths.partnerPaths(from, to, maxHops, first, options, selected(environment, "nodes"),
				Prefetched.of(environment), onlyHops(environment));
	}

	@QueryMapping
	List<BridgingBroker> bridgingBrokers(@Argument String a, @Argument String b, @Argument Integer maxHops,
			@Argument Integer first, DataFetchingEnvironment environment) {
		return this.paths.bridgingBrokers(a, b, maxHops, first, selected(environment, "broker"),
				selected(environment, "pathToA/nodes", "pathToB/nodes"), Prefetched.of(environment));
	}

	@QueryMapping
	Neighbourhood neighbourhood(@Argument String id, @Argument Integer hops, @Argument List<EntityKind> kinds,
			@Argument Integer first) {
		return this.paths.neighbourhood(id, hops, kinds, first);
	}

	@QueryMapping
	List<ReachableEnterprise> reachableEnterprises(@Argument String resultId, @Argument Integer maxHops,
			@Argument Integer first, @Argument PathOptions options, @Argument Boolean includeExisting) {
		return this.paths.reachableEnterprises(resultId, maxHops, first, options, includeExisting);
	}

	/** Whether the request selects nothing of a path but its length (and perhaps its type name). */
	private static boolean onlyHops(DataFetchingEnvironment environment) {
		return SelectionCache.get(environment, "only hops", (any) -> any.getSelectionSet()
			.getImmediateFields()
			.stream()
			.allMatch((field) -> "hops".equals(field.getName()) || "__typename".equals(field.getName())));
	}

	/** What the request selects of the entities at these paths (the union), or their ids alone. */
	private static EntityProjection selected(DataFetchingEnvironment environment, String... paths) {
		return SelectionCache.get(environment, "projection at " + String.join(" and ", paths), (any) -> {
			List<SelectedField> fields = new ArrayList<>();
			for (String path : paths) {
				fields.addAll(any.getSelectionSet().getFields(path));
			}
			EntityProjection projection = EntityProjection.of(fields);
			return (projection != null) ? projection : EntityProjection.ID_ONLY;
		});
	}

}
