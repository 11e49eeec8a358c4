package city.quanzhou.pilotgraph.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import org.springframework.stereotype.Service;

import city.quanzhou.pilotgraph.system.InvalidArgumentException;

/**
 * Reads entities of every kind: one by id, one page of a filtered and sorted list, and the neighbours of
 * many entities at once (for batch loading). Each is one statement ({@link GraphReads}): on its own a read
 * transaction that, against a cluster, the driver may route to a secondary; inside an edit, part of the edit.
 */
@Service
public class EntityService {

	private static final Map<EntityKind, Set<String>> SORT_FIELDS = sortFields();

	private final GraphReads reads;

	EntityService(GraphReads reads) {
		this.reads = reads;
	}

	/** The entity an id was merged into, if the id is one of a merged entity. */
	public Optional<String> survivorOf(String id) {
		return this.reads.one("MATCH (m:MergedId {id: $id}) RETURN m.survivorId AS survivorId",
				Collections.singletonMap("id", id), (record) -> record.get("survivorId").asString());
	}

	public Optional<GraphEntity> findById(String id) {
		return findById(id, EntityProjection.WHOLE, null);
	}

	/** One entity with what the projection asks of it, its neighbours kept in {@code store}. */
	public Optional<GraphEntity> findById(String id, EntityProjection projection, Prefetched store) {
		return this.reads.one(EntityQueries.byId(projection), Collections.singletonMap("id", id),
				(record) -> projection.read(record.get("n"), store));
	}

	/**
	 * The entity that an id argument names, which must be of {@code kind}: an unknown id, a blank one or an id
	 * of another kind is refused with an error naming the argument ({@link Arguments#ofKind}).
	 */
	public GraphEntity require(String argument, String id, EntityKind kind) {
		if (id == null || id.isBlank()) {
			throw new InvalidArgumentException(argument, "must not be blank");
		}
		return Arguments.ofKind(argument, id, findById(id).orElse(null), kind);
	}

	/** Entities by id, in no particular order; unknown ids are left out. */
	public Map<String, GraphEntity> findAllById(Collection<String> ids) {
		Map<String, GraphEntity> found = new HashMap<>();
		this.reads.list(EntityQueries.ALL_BY_ID, Map.of("ids", List.copyOf(ids)),
				(record) -> Entities.fromProjection(record.get("n")))
			.forEach((entity) -> found.put(entity.id(), entity));
		return found;
	}

	public <T extends GraphEntity> Connection<T> page(EntityKind kind, Class<T> type, EntityFilter filter,
			EntityOrder order, Integer first, String after) {
		return page(kind, type, filter, order, first, after, PageSelection.WHOLE);
	}

	/**
	 * One page of a list, in one statement with the neighbours the selection asks for; the whole list is
	 * counted only when the selection asks for its totalCount.
	 */
	public <T extends GraphEntity> Connection<T> page(EntityKind kind, Class<T> type, EntityFilter filter,
			EntityOrder order, Integer first, String after, PageSelection selection) {
		Page page = Page.of(first, after);
		EntityOrder sort = (order != null) ? order : EntityOrder.BY_NAME;
		if (!SORT_FIELDS.get(kind).contains(sort.field())) {
			throw new InvalidArgumentException("orderBy.field", "cannot sort " + kind.label() + " by " + sort.field()
					+ "; choose one of " + SORT_FIELDS.get(kind));
		}
		Map<String, Object> parameters = filterParameters((filter != null) ? filter : EntityFilter.NONE);
		parameters.put("offset", page.offset());
		EntityProjection projection = selection.projection();
		if (selection.countTotal()) {
			parameters.put("limit", page.limit());
			return this.reads.one(EntityQueries.countedPage(kind, parameters, sort, projection), parameters, (record) -> {
				List<T> nodes = record.get("page").asList((value) -> projection.read(value, selection.store(), type));
				return Connection.of(nodes, page, record.get("totalCount").asInt());
			}).orElseThrow();
		}
		// one row more than the page tells whether another page follows, without counting the whole list
		parameters.put("limit", page.limit() + 1);
		List<T> nodes = List.copyOf(this.reads.list(EntityQueries.page(kind, parameters, sort, projection), parameters,
				(record) -> projection.read(record.get("n"), selection.store(), type)));
		return Connection.uncounted(nodes, page);
	}

	/**
	 * For each source entity, the entities of {@code type} one relationship away, ordered by name. Sources
	 * without any neighbour map to an empty list, as batch loading requires. One relationship type can join
	 * several kinds (a park holds bases and enterprises by IN_PARK), so neighbours of other kinds are left out.
	 */
	public <S extends GraphEntity, T> Map<S, List<T>> neighbours(Collection<S> sources, Relation relation,
			boolean outgoing, Class<T> type) {
		Map<S, List<T>> found = new LinkedHashMap<>();
		neighbourTies(sources, relation, outgoing, (source, tie) -> tie.entity()).forEach((source, entities) -> found
			.put(source, entities.stream().filter(type::isInstance).map(type::cast).toList()));
		return found;
	}

	/** For relationships that have at most one end per source (a chain link's chain, a broker's agency). */
	public <S extends GraphEntity, T> Map<S, T> neighbour(Collection<S> sources, Relation relation, boolean outgoing,
			Class<T> type) {
		Map<S, T> single = new HashMap<>();
		neighbours(sources, relation, outgoing, type).forEach((source, found) -> {
			if (!found.isEmpty()) {
				single.put(source, found.getFirst());
			}
		});
		return single;
	}

	/**
	 * Like {@link #neighbours} but keeps the relationship's properties, for fields such as cooperation
	 * (projects, years) or technology contracts (amount, year).
	 */
	public <S extends GraphEntity, T> Map<S, List<T>> neighbourTies(Collection<S> sources, Relation relation,
			boolean outgoing, BiFunction<S, Tie, T> mapper) {
		Map<String, S> byId = new LinkedHashMap<>();
		sources.forEach((source) -> byId.put(source.id(), source));
		Map<S, List<T>> result = new LinkedHashMap<>();
		sources.forEach((source) -> result.put(source, new ArrayList<>()));
		tiesById(byId.keySet(), relation, outgoing, null).forEach((parentId, ties) -> {
			S source = byId.get(parentId);
			ties.forEach((tie) -> result.get(source).add(mapper.apply(source, tie)));
		});
		return result;
	}

	/**
	 * The ties of one type and direction of each entity id, neighbours ordered by name; with
	 * {@code tieSources} (names of {@link TieSource}), only ties of those sources. Ids without such a tie are
	 * left out.
	 */
	public Map<String, List<Tie>> tiesById(Collection<String> ids, Relation relation, boolean outgoing,
			List<String> tieSources) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", List.copyOf(ids));
		parameters.put("type", relation.name());
		String cypher = outgoing ? EntityQueries.OUTGOING : EntityQueries.INCOMING;
		if (tieSources != null) {
			parameters.put("sources", tieSources);
			cypher = outgoing ? EntityQueries.OUTGOING_OF_SOURCES : EntityQueries.INCOMING_OF_SOURCES;
		}
		Map<String, List<Tie>> ties = new LinkedHashMap<>();
		this.reads.list(cypher, parameters,
				(row) -> new ParentTie(row.get("parent").asString(),
						new Tie(Entities.fromProjection(row.get("n")), row.get("tie").asMap())))
			.forEach((found) -> ties.computeIfAbsent(found.parentId(), (id) -> new ArrayList<>()).add(found.tie()));
		return ties;
	}

	/** The district each entity is located in, for those that are located in one. */
	public <S extends GraphEntity> Map<S, District> districts(Collection<S> sources) {
		Map<String, S> byId = new HashMap<>();
		sources.forEach((source) -> byId.put(source.id(), source));
		Map<S, District> result = new HashMap<>();
		this.reads.list(EntityQueries.DISTRICTS, Map.of("ids", List.copyOf(byId.keySet())),
				(row) -> new Located(row.get("id").asString(),
						new District(row.get("code").asString(), row.get("name").asString(null))))
			.forEach((located) -> result.put(byId.get(located.id()), located.district()));
		return result;
	}

	private static Map<String, Object> filterParameters(EntityFilter filter) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("text", blankToNull(filter.text()));
		parameters.put("district", blankToNull(filter.district()));
		parameters.put("chainId", filter.chainId());
		parameters.put("linkId", filter.linkId());
		parameters.put("status", emptyToNull(filter.status()));
		parameters.put("services", emptyToNull(filter.services()));
		parameters.put("openToPublic", filter.openToPublic());
		parameters.put("maturity", emptyToNull(filter.maturity()));
		parameters.put("needsPilot", filter.needsPilot());
		parameters.put("ownerId", filter.ownerId());
		parameters.put("category", filter.category());
		parameters.put("level", filter.level());
		parameters.put("inCity", filter.inCity());
		parameters.put("lead", filter.lead());
		parameters.put("challengeList", filter.challengeList());
		parameters.put("stage", filter.stage());
		parameters.put("agencyId", filter.agencyId());
		parameters.put("recognition", filter.recognition());
		// the statement names only the filters that are set (EntityQueries): the others need not travel
		parameters.values().removeIf(Objects::isNull);
		return parameters;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static List<String> emptyToNull(List<String> values) {
		return (values == null || values.isEmpty()) ? null : values;
	}

	private static Map<EntityKind, Set<String>> sortFields() {
		Map<EntityKind, Set<String>> fields = new HashMap<>();
		for (EntityKind kind : EntityKind.values()) {
			fields.put(kind, Set.of("NAME", "UPDATED_AT"));
		}
		fields.put(EntityKind.RESULT, Set.of("NAME", "UPDATED_AT", "PUBLISHED_ON"));
		fields.put(EntityKind.TEST_BASE, Set.of("NAME", "UPDATED_AT", "ESTABLISHED_YEAR"));
		fields.put(EntityKind.DEMAND, Set.of("NAME", "UPDATED_AT", "YEAR"));
		return Map.copyOf(fields);
	}

	private record ParentTie(String parentId, Tie tie) {
	}

	private record Located(String id, District district) {
	}

	/** A neighbour and the properties of the relationship that leads to it. */
	public record Tie(GraphEntity entity, Map<String, Object> properties) {

		@SuppressWarnings("unchecked")
		public <T extends GraphEntity> T neighbour() {
			return (T) this.entity;
		}

		public Integer integer(String key) {
			return (this.properties.get(key) instanceof Number number) ? number.intValue() : null;
		}

		public Double decimal(String key) {
			return (this.properties.get(key) instanceof Number number) ? number.doubleValue() : null;
		}

		/** Where the tie's fact comes from (a {@link TieSource} name); IMPORT for a tie written without one. */
		public String source() {
			return TieSource.of(this.properties.get("source"));
		}

		public String sourceNote() {
			return (this.properties.get("sourceNote") instanceof String note) ? note : null;
		}

	}


}
