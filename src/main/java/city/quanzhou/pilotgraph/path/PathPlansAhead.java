package city.quanzhou.pilotgraph.path;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import city.quanzhou.pilotgraph.entity.EntityProjection;
import city.quanzhou.pilotgraph.system.PlansAhead;

/**
 * The path searches at the hops their GraphQL fields default to, planned ahead: the shortest-path patterns over
 * every real tie are the costliest statements of the service to plan. Read whole, and as the contract's operations
 * select their entities: a request's own selection makes its own statement text, planned at its first use in one to
 * five seconds at 1,000,000 nodes.
 */
@Component
class PathPlansAhead implements PlansAhead {

	private static final int PARTNER_PATH_HOPS = 4;

	private static final int BRIDGING_HOPS = 3;

	@Override
	public List<Statement> statements() {
		Map<String, Object> partnerPath = PathService.partnerPathParameters(PathOptions.NONE, "", "", 5);
		Map<String, Object> bridging = PathService.bridgingParameters("", "", 20);
		return List.of(
				new Statement("partner paths", PathQueries.partnerPaths(PARTNER_PATH_HOPS, EntityProjection.WHOLE),
						partnerPath),
				new Statement("shortest partner path's length", PathQueries.shortestLength(PARTNER_PATH_HOPS, false),
						partnerPath),
				new Statement("bridging brokers",
						PathQueries.bridgingBrokers(BRIDGING_HOPS, EntityProjection.WHOLE, EntityProjection.WHOLE), bridging),
				// as the contract's PartnerPaths and BridgingBrokers select them: nodes and brokers by id and name,
				// the brokers' paths not at all
				new Statement("partner paths, nodes named",
						PathQueries.partnerPaths(PARTNER_PATH_HOPS, EntityProjection.NAMED), partnerPath),
				new Statement("bridging brokers, brokers named",
						PathQueries.bridgingBrokers(BRIDGING_HOPS, EntityProjection.NAMED, EntityProjection.ID_ONLY),
						bridging));
	}

}
