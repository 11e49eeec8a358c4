package city.quanzhou.pilotgraph.path;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.entity.EntityKind;

@Controller
class PathController {

	private final PathService paths;

	PathController(PathService paths) {
		this.paths = paths;
	}

	@QueryMapping
	List<PartnerPath> partnerPaths(@Argument String from, @Argument String to, @Argument Integer maxHops,
			@Argument Integer first, @Argument PathOptions options) {
		return this.paths.partnerPaths(from, to, maxHops, first, options);
	}

	@QueryMapping
	List<BridgingBroker> bridgingBrokers(@Argument String a, @Argument String b, @Argument Integer maxHops,
			@Argument Integer first) {
		return this.paths.bridgingBrokers(a, b, maxHops, first);
	}

	@QueryMapping
	Neighbourhood neighbourhood(@Argument String id, @Argument Integer hops, @Argument List<EntityKind> kinds,
			@Argument Integer first) {
		return this.paths.neighbourhood(id, hops, kinds, first);
	}

	@QueryMapping
	List<ReachableEnterprise> reachableEnterprises(@Argument String resultId, @Argument Integer maxHops,
			@Argument Integer first, @Argument PathOptions options) {
		return this.paths.reachableEnterprises(resultId, maxHops, first, options);
	}

}
