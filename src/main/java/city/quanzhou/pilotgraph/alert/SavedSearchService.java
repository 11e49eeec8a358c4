package city.quanzhou.pilotgraph.alert;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.neo4j.driver.Value;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import city.quanzhou.pilotgraph.editing.FieldError;
import city.quanzhou.pilotgraph.entity.Arguments;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.GraphReads;
import city.quanzhou.pilotgraph.search.SearchRequest;
import city.quanzhou.pilotgraph.search.SearchService;
import city.quanzhou.pilotgraph.security.Identity;
import city.quanzhou.pilotgraph.system.InvalidArgumentException;

/**
 * Saved searches and their alerts, each user's own (an editor or admin may remove anyone's). A search is checked
 * when it is saved by running it once, so that its filters are refused with the search's own field and reason.
 */
@Service
public class SavedSearchService {

	/** Most saved searches per user: every new entity is checked against every saved search. */
	static final int MAX_PER_OWNER = 20;

	static final double DEFAULT_THRESHOLD = 0.45;

	private static final int MAX_NAME = 100;

	/** How far back an open stream looks again each time, for alerts whose transaction committed late. */
	private static final Duration STREAM_OVERLAP = Duration.ofMinutes(1);

	private final GraphReads reads;

	private final Neo4jClient neo4j;

	private final TransactionTemplate transactions;

	private final SearchService search;

	private final AlertProperties properties;

	SavedSearchService(GraphReads reads, Neo4jClient neo4j, PlatformTransactionManager transactionManager,
			SearchService search, AlertProperties properties) {
		this.reads = reads;
		this.neo4j = neo4j;
		this.transactions = new TransactionTemplate(transactionManager);
		this.search = search;
		this.properties = properties;
	}

	public SavedSearchPayload save(Map<String, Object> input, Authentication caller, Instant now) {
		List<FieldError> errors = new ArrayList<>();
		String owner = Identity.of(caller);
		String text = string(input.get("text"));
		if (text == null) {
			errors.add(new FieldError("text", "must not be blank"));
		}
		else if (text.length() > SearchService.MAX_TEXT_LENGTH) {
			errors.add(new FieldError("text", "is longer than " + SearchService.MAX_TEXT_LENGTH + " characters"));
		}
		String name = string(input.get("name"));
		if (name != null && name.length() > MAX_NAME) {
			errors.add(new FieldError("name", "is longer than " + MAX_NAME + " characters"));
		}
		else if (name == null && text != null) {
			name = text.substring(0, Math.min(MAX_NAME, text.length()));
		}
		List<EntityKind> kinds = kinds(input.get("kinds"), errors);
		String district = string(input.get("district"));
		String chainId = string(input.get("chainId"));
		List<String> status = strings(input.get("status"));
		double threshold = (input.get("threshold") == null) ? DEFAULT_THRESHOLD : ((Number) input.get("threshold")).doubleValue();
		if (threshold <= 0 || threshold > 1) {
			errors.add(new FieldError("threshold", "must be above 0 and at most 1 (the search's score scale)"));
		}
		if (errors.isEmpty()) {
			try {
				// refuses a text too long, an unknown district or chain, a status of no kind, as a search would
				this.search.search(new SearchRequest(text, kinds, 1, district, chainId, status));
			}
			catch (InvalidArgumentException ex) {
				errors.add(new FieldError(ex.argument(), ex.getMessage()));
			}
		}
		String named = name;
		return this.transactions.execute((tx) -> {
			if (errors.isEmpty() && list(owner, MAX_PER_OWNER + 1).size() >= MAX_PER_OWNER) {
				errors.add(new FieldError("text", "you keep " + MAX_PER_OWNER + " saved searches already; remove one first"));
			}
			if (!errors.isEmpty()) {
				tx.setRollbackOnly();
				return new SavedSearchPayload(null, List.copyOf(errors));
			}
			SavedSearch saved = this.neo4j.query(AlertQueries.CREATE)
				.bindAll(GraphReads.parameters("id", "saved-" + UUID.randomUUID(), "owner", owner, "name", named, "text", text,
						"kinds", kinds.stream().map(Enum::name).toList(), "district", district, "chainId", chainId,
						"status", status, "threshold", threshold, "now", now.atZone(ZoneOffset.UTC)))
				.fetchAs(SavedSearch.class)
				.mappedBy((types, row) -> savedSearch(row.get("s")))
				.one()
				.orElseThrow();
			return new SavedSearchPayload(saved, List.of());
		});
	}

	public SavedSearchPayload delete(String id, Authentication caller) {
		return this.transactions.execute((tx) -> {
			Optional<SavedSearch> found = find(id)
				.filter((s) -> s.owner().equals(Identity.of(caller)) || privileged(caller));
			if (found.isEmpty()) {
				return new SavedSearchPayload(null, List.of(new FieldError("id", "no saved search of yours has id " + id)));
			}
			this.neo4j.query(AlertQueries.DELETE).bind(id).to("id").run();
			return new SavedSearchPayload(found.get(), List.of());
		});
	}

	public List<SavedSearch> mine(Authentication caller) {
		return list(Identity.of(caller), MAX_PER_OWNER);
	}

	public List<SearchAlert> alerts(Authentication caller, boolean unreadOnly, Integer first) {
		return this.reads.list(AlertQueries.ALERTS, GraphReads.parameters("owner", Identity.of(caller), "unreadOnly",
				unreadOnly, "first", Arguments.first("first", first)), (row) -> alert(row.get("a")));
	}

	public int markRead(List<String> keys, Authentication caller) {
		return this.transactions.execute((tx) -> this.neo4j.query(AlertQueries.MARK_READ)
			.bindAll(GraphReads.parameters("keys", keys, "owner", Identity.of(caller)))
			.fetchAs(Integer.class)
			.mappedBy((types, row) -> row.get("marked").asInt())
			.one()
			.orElse(0));
	}

	/**
	 * The owner's alerts written from now on, whichever instance wrote them: read from the database every
	 * {@code pilotgraph.alert.stream-poll}, each sent once.
	 */
	public Flux<SearchAlert> stream(String owner, Instant from) {
		// keys sent, with their time: an alert is read again while it is within the overlap, and sent once
		Map<String, OffsetDateTime> sent = new HashMap<>();
		OffsetDateTime[] since = { from.atOffset(ZoneOffset.UTC) };
		return Flux.interval(Duration.ZERO, this.properties.streamPoll(), Schedulers.boundedElastic())
			.onBackpressureDrop()
			.concatMapIterable((tick) -> {
				List<SearchAlert> fresh = this.reads.list(AlertQueries.ALERTS_SINCE,
						GraphReads.parameters("owner", owner, "since", since[0]), (row) -> alert(row.get("a")))
					.stream()
					.filter((alert) -> sent.putIfAbsent(alert.key(), alert.at()) == null)
					.toList();
				if (!fresh.isEmpty()) {
					// alerts are written with the time they were found, and one found earlier may commit later
					OffsetDateTime newest = fresh.getLast().at().minus(STREAM_OVERLAP);
					if (newest.isAfter(since[0])) {
						since[0] = newest;
						sent.values().removeIf((at) -> at.isBefore(since[0]));
					}
				}
				return fresh;
			});
	}

	Optional<SavedSearch> find(String id) {
		if (id == null || id.isBlank()) {
			return Optional.empty();
		}
		return this.reads.one(AlertQueries.BY_ID, GraphReads.parameters("id", id), (row) -> savedSearch(row.get("s")));
	}

	List<SavedSearch> all() {
		return this.reads.list(AlertQueries.ALL, Map.of(), (row) -> savedSearch(row.get("s")));
	}

	private List<SavedSearch> list(String owner, int first) {
		return this.reads.list(AlertQueries.OF_OWNER, GraphReads.parameters("owner", owner, "first", first),
				(row) -> savedSearch(row.get("s")));
	}

	private static boolean privileged(Authentication caller) {
		return caller.getAuthorities()
			.stream()
			.anyMatch((a) -> a.getAuthority().equals("ROLE_EDITOR") || a.getAuthority().equals("ROLE_ADMIN"));
	}

	static SavedSearch savedSearch(Value s) {
		return new SavedSearch(s.get("id").asString(), s.get("owner").asString(), s.get("name").asString(),
				s.get("text").asString(), s.get("kinds").asList((k) -> EntityKind.valueOf(k.asString())),
				s.get("district").isNull() ? null : s.get("district").asString(),
				s.get("chainId").isNull() ? null : s.get("chainId").asString(),
				s.get("status").isNull() ? null : s.get("status").asList(Value::asString), s.get("threshold").asDouble(),
				s.get("createdAt").asZonedDateTime().toOffsetDateTime());
	}

	static SearchAlert alert(Value a) {
		return new SearchAlert(a.get("key").asString(), a.get("searchId").asString(), a.get("searchName").asString(),
				a.get("entityId").asString(), a.get("entityKind").asString(), a.get("entityName").asString(),
				a.get("score").asDouble(), a.get("methods").asList(Value::asString),
				a.get("snippet").isNull() ? null : a.get("snippet").asString(), a.get("phase").asString(),
				a.get("at").asZonedDateTime().toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC), a.get("read").asBoolean());
	}

	private static List<EntityKind> kinds(Object value, List<FieldError> errors) {
		List<EntityKind> kinds = new ArrayList<>();
		if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				try {
					EntityKind kind = EntityKind.valueOf(String.valueOf(list.get(i)));
					if (kind.policyRecord()) {
						errors.add(new FieldError("kinds[" + i + "]", kind + " is a policy record, not searched"));
					}
					else if (!kinds.contains(kind)) {
						kinds.add(kind);
					}
				}
				catch (IllegalArgumentException ex) {
					errors.add(new FieldError("kinds[" + i + "]", "is not a kind: " + list.get(i)));
				}
			}
		}
		return List.copyOf(kinds);
	}

	private static List<String> strings(Object value) {
		if (!(value instanceof List<?> list) || list.isEmpty()) {
			return null;
		}
		return list.stream().map(String::valueOf).toList();
	}

	private static String string(Object value) {
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		return value.toString().strip();
	}

}
