package city.quanzhou.pilotgraph.path;

import java.time.Year;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.stereotype.Service;

import city.quanzhou.pilotgraph.broker.Broker;
import city.quanzhou.pilotgraph.enterprise.Enterprise;
import city.quanzhou.pilotgraph.entity.Arguments;
import city.quanzhou.pilotgraph.entity.Entities;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.EntityProjection;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.GraphReads;
import city.quanzhou.pilotgraph.entity.GraphReads.Statements;
import city.quanzhou.pilotgraph.entity.Page;
import city.quanzhou.pilotgraph.entity.Prefetched;
import city.quanzhou.pilotgraph.system.InvalidArgumentException;

/**
 * Path searches for brokers. Each request checks its bounds, then runs its statements (usually one) as
 * auto-commit reads that carry the search's own time limit ({@link GraphReads#withTimeLimit}).
 * <p>
 * Not through {@code @Transactional}: Spring's transaction definitions express time-outs in whole seconds, and
 * a path search needs a limit of its own, precise and configurable, and no retry (a managed transaction would
 * retry a failed search, turning a time-out into a longer wait). The reads still carry this instance's
 * bookmarks: on a cluster a search runs on a member that has every write this instance made or read of, like
 * any other read.
 */
@Service
public class PathService {

	/** How long past its own limit a search may run before the caller is answered anyway. */
	private static final long GRACE_MILLIS = 2000;

	/** Longest path anyone may ask for; six hops already reach most of a connected ecosystem. */
	public static final int MAX_HOPS = 6;

	/** Neighbourhoods are for drawing: beyond three hops a drawing is unreadable anyway. */
	public static final int MAX_NEIGHBOURHOOD_HOPS = 3;

	/** Most entities to avoid in one request. */
	public static final int MAX_AVOID = Page.MAX_FIRST;

	private final GraphReads reads;

	private final PathProperties properties;

	PathService(GraphReads reads, PathProperties properties) {
		this.reads = reads;
		this.properties = properties;
	}

	public List<PartnerPath> partnerPaths(String from, String to, Integer maxHops, Integer first, PathOptions options) {
		return partnerPaths(from, to, maxHops, first, options, EntityProjection.WHOLE, null, false);
	}

	/**
	 * Partner paths with their nodes read as {@code nodes} asks. One statement: the ends are checked only
	 * when no path comes back, to tell an unknown id from parties without a path. When the caller wants
	 * {@code onlyHops} of a single path, the statement finds one shortest path and returns its length
	 * ({@link PathQueries#shortestLength}), the same answer as the full search's first path.
	 */
	public List<PartnerPath> partnerPaths(String from, String to, Integer maxHops, Integer first, PathOptions options,
			EntityProjection nodes, Prefetched store, boolean onlyHops) {
		int hops = Arguments.hops("maxHops", maxHops, MAX_HOPS);
		int limit = Arguments.first("first", first);
		PathOptions opts = checked(PathOptions.orNone(options), from, to);
		if (from.equals(to)) {
			throw new InvalidArgumentException("to", "must differ from 'from' (both are " + from + ")");
		}
		Map<String, Object> parameters = partnerPathParameters(opts, from, to, limit);
		boolean lengthOnly = onlyHops && limit == 1;
		return read("maxHops", (tx) -> {
			List<PartnerPath> paths = lengthOnly
					? tx.run(PathQueries.shortestLength(hops, opts.through() != null), parameters)
						.list((row) -> PartnerPath.ofLength(row.get("hops").asInt()))
					: tx.run(PathQueries.partnerPaths(hops, nodes), parameters)
						.list((row) -> path(row.get("path"), nodes, store));
			if (paths.isEmpty()) {
				requireEnds(tx, Map.of("from", from, "to", to));
			}
			return paths;
		});
	}

	public List<BridgingBroker> bridgingBrokers(String a, String b, Integer maxHops, Integer first) {
		return bridgingBrokers(a, b, maxHops, first, EntityProjection.WHOLE, EntityProjection.WHOLE, null);
	}

	/** Bridging brokers read as {@code broker} asks, the nodes of their paths as {@code nodes} asks; one statement. */
	public List<BridgingBroker> bridgingBrokers(String a, String b, Integer maxHops, Integer first,
			EntityProjection broker, EntityProjection nodes, Prefetched store) {
		int hops = Arguments.hops("maxHops", maxHops, MAX_HOPS);
		int limit = Arguments.first("first", first);
		if (a.equals(b)) {
			throw new InvalidArgumentException("b", "must differ from 'a' (both are " + a + ")");
		}
		Map<String, Object> parameters = bridgingParameters(a, b, limit);
		return read("maxHops", (tx) -> {
			List<BridgingBroker> brokers = tx.run(PathQueries.bridgingBrokers(hops, broker, nodes), parameters)
				.list((row) -> {
					PartnerPath toA = path(row.get("toA"), nodes, store);
					PartnerPath toB = path(row.get("toB"), nodes, store);
					return new BridgingBroker(broker.read(row.get("broker"), store, Broker.class), toA.hops(),
							toB.hops(), toA, toB);
				});
			if (brokers.isEmpty()) {
				requireEnds(tx, Map.of("a", a, "b", b));
			}
			return brokers;
		});
	}

	public Neighbourhood neighbourhood(String id, Integer hops, List<EntityKind> kinds, Integer first) {
		int depth = Arguments.hops("hops", hops, MAX_NEIGHBOURHOOD_HOPS);
		int limit = Arguments.first("first", first);
		if (kinds != null && kinds.isEmpty()) {
			throw new InvalidArgumentException("kinds", "must name at least one kind, or be left out for all kinds");
		}
		Map<String, Object> parameters = parameters(PathOptions.NONE);
		parameters.put("id", id);
		parameters.put("first", limit);
		parameters.put("kinds", (kinds != null) ? kinds.stream().map(EntityKind::label).toList() : null);
		return read("hops", (tx) -> {
			GraphEntity centre = requireEnds(tx, Map.of("id", id)).get("id");
			var rows = tx.run(PathQueries.neighbourhood(depth, EntityProjection.WHOLE), parameters).list();
			if (rows.isEmpty()) {
				return new Neighbourhood(centre, List.of(), List.of(), 0);
			}
			Record row = rows.getFirst();
			List<Neighbourhood.Neighbour> nodes = row.get("shown")
				.asList((shown) -> new Neighbourhood.Neighbour(Entities.fromProjection(shown.get("node")),
						shown.get("hops").asInt()));
			return new Neighbourhood(centre, nodes, row.get("relationships").asList(PathService::relationship),
					row.get("reachableCount").asInt());
		});
	}

	public List<ReachableEnterprise> reachableEnterprises(String resultId, Integer maxHops, Integer first,
			PathOptions options) {
		return reachableEnterprises(resultId, maxHops, first, options, false);
	}

	/**
	 * Prospects for a result: enterprises it reaches, without those already tied to it unless
	 * {@code includeExisting}; each says why it is offered ({@link Prospects#reason}).
	 */
	public List<ReachableEnterprise> reachableEnterprises(String resultId, Integer maxHops, Integer first,
			PathOptions options, Boolean includeExisting) {
		int hops = Arguments.hops("maxHops", maxHops, MAX_HOPS);
		int limit = Arguments.first("first", first);
		PathOptions opts = checked(PathOptions.orNone(options), resultId);
		Map<String, Object> parameters = parameters(opts);
		parameters.put("id", resultId);
		parameters.put("first", limit);
		parameters.put("includeExisting", Boolean.TRUE.equals(includeExisting));
		return read("maxHops", (tx) -> {
			Arguments.ofKind("resultId", resultId, findEnds(tx, List.of(resultId)).get(resultId), EntityKind.RESULT);
			if (opts.through() != null && hops < 2) {
				// a path of one hop has no node in between to pass through
				return List.of();
			}
			Prospects.Facts facts = Prospects.Facts.from(tx.run(ProspectQueries.PROSPECT_FACTS, Map.of("id", resultId)).single());
			parameters.put("existing", List.copyOf(facts.existingIds()));
			return tx.run(ProspectQueries.reachableEnterprises(hops, EntityProjection.WHOLE, opts.through() != null),
					parameters).list((row) -> {
				PartnerPath path = path(row.get("path"), EntityProjection.WHOLE, null);
				Enterprise enterprise = (Enterprise) path.nodes().getLast();
				List<String> existingTies = facts.existingTies(enterprise.id());
				List<String> sharedLinks = row.get("sharedLinks").asList(Value::asString);
				return new ReachableEnterprise(enterprise, path.hops(), path.strength(), path, !existingTies.isEmpty(),
						existingTies, sharedLinks, Prospects.reason(path, existingTies, sharedLinks,
								row.get("sharedChains").asList(Value::asString)));
			});
		});
	}

	/**
	 * Runs the work in one read session, each statement limited to the configured time. A time-out becomes an error that
	 * names the hop argument, the one that most directly widens a search.
	 */
	private <T> T read(String boundArgument, Function<Statements, T> work) {
		// The database ends the transaction at the limit, but only when its search next checks for that; the
		// caller never waits more than a short grace beyond the limit, whatever the database is doing.
		return SearchWatchdog.within(this.properties.timeLimit().plusMillis(GRACE_MILLIS),
				() -> readInSession(boundArgument, work),
				(cause) -> new PathSearchTimedOutException(boundArgument, this.properties.timeLimit(), cause));
	}

	private <T> T readInSession(String boundArgument, Function<Statements, T> work) {
		try {
			return this.reads.withTimeLimit(this.properties.timeLimit(), Map.of("app", "pilotgraph", "search", "path"),
					work);
		}
		catch (Neo4jException ex) {
			if (timedOut(ex)) {
				throw new PathSearchTimedOutException(boundArgument, this.properties.timeLimit(), ex);
			}
			throw ex;
		}
	}

	/** TransactionTimedOut and TransactionTimedOutClientConfiguration (our own limit, as set above). */
	private static boolean timedOut(Neo4jException ex) {
		return String.valueOf(ex.code()).startsWith("Neo.ClientError.Transaction.TransactionTimedOut");
	}

	/** The entities behind the named ids; an unknown id is an error naming its argument. */
	private static Map<String, GraphEntity> requireEnds(Statements tx, Map<String, String> idsByArgument) {
		Map<String, GraphEntity> byId = findEnds(tx, idsByArgument.values());
		Map<String, GraphEntity> byArgument = new HashMap<>();
		idsByArgument.forEach((argument, id) -> byArgument.put(argument, Arguments.existing(argument, id, byId.get(id))));
		return byArgument;
	}

	/** The entities with these ids, by id; unknown ids are left out. */
	private static Map<String, GraphEntity> findEnds(Statements tx, Collection<String> ids) {
		Map<String, GraphEntity> byId = new HashMap<>();
		tx.run(PathQueries.ENDS, Map.of("ids", List.copyOf(new LinkedHashSet<>(ids))))
			.forEachRemaining((row) -> {
				GraphEntity entity = Entities.fromProjection(row.get("n"));
				byId.put(entity.id(), entity);
			});
		return byId;
	}

	/**
	 * Every parameter a partner-path search binds, and no other: the plans made ahead ({@code PathPlansAhead}) are
	 * found only by a search that binds the same names and types.
	 */
	static Map<String, Object> partnerPathParameters(PathOptions options, String from, String to, int first) {
		Map<String, Object> parameters = parameters(options);
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("first", first);
		parameters.put("enumerateUpTo", PathQueries.ENUMERATE_UP_TO_TIES);
		return parameters;
	}

	/** Every parameter a bridging-broker search binds, as {@link #partnerPathParameters} for partner paths. */
	static Map<String, Object> bridgingParameters(String a, String b, int first) {
		Map<String, Object> parameters = parameters(PathOptions.NONE);
		parameters.put("a", a);
		parameters.put("b", b);
		parameters.put("first", first);
		return parameters;
	}

	private static Map<String, Object> parameters(PathOptions options) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("avoid", options.avoid());
		parameters.put("operatingBasesOnly", options.operatingBasesOnly());
		parameters.put("through", (options.through() != null) ? options.through().label() : null);
		parameters.put("thisYear", Year.now().getValue());
		return parameters;
	}

	private static PathOptions checked(PathOptions options, String... ends) {
		if (options.avoid().size() > MAX_AVOID) {
			throw new InvalidArgumentException("options.avoid",
					"may name at most " + MAX_AVOID + " entities (was " + options.avoid().size() + ")");
		}
		for (String end : ends) {
			if (options.avoid().contains(end)) {
				throw new InvalidArgumentException("options.avoid", "cannot avoid " + end + ", an end of the path");
			}
		}
		return options;
	}

	private static PartnerPath path(Value value, EntityProjection nodes, Prefetched store) {
		return new PartnerPath(value.get("hops").asInt(), value.get("strength").asDouble(),
				value.get("nodes").asList((node) -> nodes.read(node, store)),
				value.get("relationships").asList(PathService::relationship));
	}

	private static PathRelationship relationship(Value value) {
		return new PathRelationship(value.get("type").asString(), value.get("from").asString(),
				value.get("to").asString());
	}

}
