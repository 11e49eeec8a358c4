package city.quanzhou.pilotgraph.digest;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.neo4j.driver.Value;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import city.quanzhou.pilotgraph.editing.FieldError;
import city.quanzhou.pilotgraph.entity.Arguments;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.GraphReads;
import city.quanzhou.pilotgraph.security.Identity;
import city.quanzhou.pilotgraph.security.Roles;

/**
 * Subscriptions, the inbox and answers. A signed-in user manages their own subscriptions and reads their own
 * inbox; an editor or an admin may subscribe someone else and manage or read anyone's. Each write is one
 * transaction that writes nothing when a field is wrong.
 */
@Service
public class DigestService {

	/** Most subscriptions one owner may hold: each costs a run per schedule. */
	static final int MAX_PER_OWNER = 50;

	private static final int MAX_EMAIL = 254;

	private static final int MAX_URL = 2000;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final GraphReads reads;

	private final Neo4jClient neo4j;

	private final TransactionTemplate transactions;

	private final DigestProperties properties;

	private final ObjectProvider<JavaMailSender> mail;

	DigestService(GraphReads reads, Neo4jClient neo4j, PlatformTransactionManager transactionManager,
			DigestProperties properties, ObjectProvider<JavaMailSender> mail) {
		this.reads = reads;
		this.neo4j = neo4j;
		this.transactions = new TransactionTemplate(transactionManager);
		this.properties = properties;
		this.mail = mail;
	}

	public DigestPayload subscribe(Map<String, Object> input, Authentication caller, Instant now) {
		List<FieldError> errors = new ArrayList<>();
		DigestKind kind = kind(input, errors);
		String subjectId = text(input, "subjectId", 200, errors);
		if (subjectId == null && !errors.stream().anyMatch((e) -> e.field().equals("subjectId"))) {
			errors.add(new FieldError("subjectId", "must name the base, result owner or chain the digest is about"));
		}
		String owner = text(input, "owner", 200, errors);
		if (owner == null) {
			owner = Identity.of(caller);
		}
		else if (!owner.equals(Identity.of(caller)) && !privileged(caller)) {
			errors.add(new FieldError("owner", "only editors and admins subscribe someone else; leave it out for yourself"));
		}
		String email = text(input, "email", MAX_EMAIL, errors);
		if (email != null && !EMAIL.matcher(email).matches()) {
			errors.add(new FieldError("email", "is not an e-mail address: " + email));
		}
		else if (email != null && this.mail.getIfAvailable() == null) {
			errors.add(new FieldError("email", "this service sends no mail: its SMTP server is not configured (SPRING_MAIL_HOST)"));
		}
		String webhookUrl = text(input, "webhookUrl", MAX_URL, errors);
		if (webhookUrl != null && !webhook(webhookUrl)) {
			errors.add(new FieldError("webhookUrl", "must be an absolute http or https address"));
		}
		String schedule = Optional.ofNullable(text(input, "schedule", 100, errors)).orElse(this.properties.defaultSchedule());
		CronExpression cron = cron(schedule, errors);
		String district = text(input, "district", 100, errors);
		if (district != null && kind != null && kind != DigestKind.GAPS_IN_CHAIN) {
			errors.add(new FieldError("district", "only a GAPS_IN_CHAIN digest is limited to a district"));
		}
		String ownerOf = owner;
		return this.transactions.execute((tx) -> {
			String subjectName = subject(kind, subjectId, errors);
			String districtCode = (district == null || kind != DigestKind.GAPS_IN_CHAIN) ? null : districtCode(district, errors);
			if (errors.isEmpty()) {
				List<DigestSubscription> held = subscriptions(ownerOf, MAX_PER_OWNER + 1);
				if (held.size() >= MAX_PER_OWNER) {
					errors.add(new FieldError("owner", "holds " + MAX_PER_OWNER + " subscriptions already; remove one first"));
				}
				held.stream()
					.filter((s) -> s.kind() == kind && s.subjectId().equals(subjectId)
							&& java.util.Objects.equals(s.district(), districtCode))
					.findFirst()
					.ifPresent((s) -> errors.add(new FieldError("subjectId",
							"is already subscribed to this digest (" + s.id() + "); change or remove that one")));
			}
			if (!errors.isEmpty()) {
				tx.setRollbackOnly();
				return DigestPayload.failed(errors);
			}
			ZonedDateTime next = cron.next(now.atZone(this.properties.zone()));
			Value row = this.neo4j.query(DigestQueries.CREATE_SUBSCRIPTION)
				.bindAll(GraphReads.parameters("id", "dsub-" + UUID.randomUUID(), "kind", kind.name(), "subjectId", subjectId,
						"subjectName", subjectName, "district", districtCode, "owner", ownerOf, "email", email,
						"webhookUrl", webhookUrl, "schedule", schedule, "zone", this.properties.zone().getId(),
						"nextRunAt", next.withZoneSameInstant(ZoneOffset.UTC), "now", now.atZone(ZoneOffset.UTC), "by",
						caller.getName()))
				.fetchAs(Value.class)
				.mappedBy((types, record) -> record.get("s"))
				.one()
				.orElseThrow();
			return new DigestPayload(DigestRows.subscription(row), List.of());
		});
	}

	public DigestPayload unsubscribe(String id, Authentication caller) {
		return this.transactions.execute((tx) -> {
			Optional<DigestSubscription> found = subscription(id).filter((s) -> mayManage(s.owner(), caller));
			if (found.isEmpty()) {
				return DigestPayload.failed(List.of(new FieldError("id", "no subscription of yours has id " + id)));
			}
			this.neo4j.query(DigestQueries.DELETE_SUBSCRIPTION).bind(id).to("id").run();
			return new DigestPayload(found.get(), List.of());
		});
	}

	/** The caller's subscriptions; an editor or admin may ask for another owner's ({@code owner}), or everyone's ("*"). */
	public List<DigestSubscription> subscriptions(String owner, Authentication caller, Integer first) {
		return subscriptions(readableOwner(owner, caller), Arguments.first("first", first));
	}

	/** The caller's digests, newest first, of one subscription or all; editors and admins may read another owner's. */
	public List<Digest> inbox(String subscriptionId, String owner, Authentication caller, Integer first) {
		int limit = Arguments.first("first", first);
		List<String> keys = this.reads.list(DigestQueries.INBOX, GraphReads.parameters("owner", readableOwner(owner, caller),
				"subscriptionId", subscriptionId, "first", limit), (row) -> row.get("key").asString());
		return keys.stream().map((key) -> digest(key).orElseThrow()).toList();
	}

	/** Editors and admins: the outbox, newest first, of one state or all. */
	public List<DigestDelivery> deliveries(DeliveryState state, Integer first) {
		return this.reads.list(DigestQueries.DELIVERIES, GraphReads.parameters("state", (state == null) ? null : state.name(),
				"first", Arguments.first("first", first)), (row) -> DigestRows.delivery(row.get("d")));
	}

	/** An answer given over the API: only the item's owner (or an editor or admin) may give it. */
	public FeedbackPayload answer(String itemId, FeedbackAnswer answer, Authentication caller, Instant now) {
		Optional<Value> item = item(itemId).filter((i) -> mayManage(i.get("owner").asString(), caller));
		if (item.isEmpty()) {
			return new FeedbackPayload(null, List.of(new FieldError("itemId", "no digest item of yours has id " + itemId)));
		}
		if (answer == null) {
			return new FeedbackPayload(null, List.of(new FieldError("answer", "must be INTERESTED or IRRELEVANT")));
		}
		return new FeedbackPayload(record(itemId, answer, "api", now), List.of());
	}

	/** An answer from a signed link, whose signature was checked; empty when the item is gone. */
	Optional<DigestItem> answerFromLink(String itemId, FeedbackAnswer answer, Instant now) {
		if (item(itemId).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(record(itemId, answer, "link", now));
	}

	Optional<Digest> digest(String key) {
		return this.reads.one(DigestQueries.DIGEST, GraphReads.parameters("key", key), DigestRows::digest);
	}

	Optional<DigestSubscription> subscription(String id) {
		if (id == null || id.isBlank()) {
			return Optional.empty();
		}
		return this.reads.one(DigestQueries.SUBSCRIPTION, GraphReads.parameters("id", id),
				(row) -> DigestRows.subscription(row.get("s")));
	}

	private DigestItem record(String itemId, FeedbackAnswer answer, String via, Instant now) {
		return this.neo4j.query(DigestQueries.ANSWER)
			.bindAll(GraphReads.parameters("id", itemId, "answer", answer.name(), "via", via, "now", now.atZone(ZoneOffset.UTC)))
			.fetchAs(DigestItem.class)
			.mappedBy((types, record) -> DigestRows.item(record.get("i")))
			.one()
			.orElseThrow();
	}

	private Optional<Value> item(String itemId) {
		if (itemId == null || itemId.isBlank()) {
			return Optional.empty();
		}
		return this.reads.one(DigestQueries.ITEM, GraphReads.parameters("id", itemId), (row) -> row.get("i"));
	}

	private List<DigestSubscription> subscriptions(String owner, int first) {
		return this.reads.list(DigestQueries.SUBSCRIPTIONS, GraphReads.parameters("owner", owner, "first", first),
				(row) -> DigestRows.subscription(row.get("s")));
	}

	/** The owner whose records the caller reads: their own, unless an editor or admin names another (or "*" for all). */
	private static String readableOwner(String owner, Authentication caller) {
		if (owner == null || owner.equals(Identity.of(caller))) {
			return Identity.of(caller);
		}
		if (!privileged(caller)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"only editors and admins read another user's digests");
		}
		return "*".equals(owner) ? null : owner;
	}

	private static boolean mayManage(String owner, Authentication caller) {
		return owner.equals(Identity.of(caller)) || privileged(caller);
	}

	static boolean privileged(Authentication caller) {
		return caller.getAuthorities()
			.stream()
			.anyMatch((a) -> a.getAuthority().equals("ROLE_" + Roles.EDITOR) || a.getAuthority().equals("ROLE_" + Roles.ADMIN));
	}

	private String subject(DigestKind kind, String subjectId, List<FieldError> errors) {
		if (subjectId == null || kind == null) {
			return null;
		}
		Optional<org.neo4j.driver.Record> found = this.reads.one(DigestQueries.SUBJECT,
				GraphReads.parameters("id", subjectId), (row) -> row);
		if (found.isEmpty()) {
			errors.add(new FieldError("subjectId", "no entity has id " + subjectId));
			return null;
		}
		List<String> labels = found.get().get("labels").asList(Value::asString);
		boolean fits = java.util.Arrays.stream(EntityKind.values())
			.anyMatch((k) -> labels.contains(k.label()) && kind.accepts(k));
		if (!fits) {
			errors.add(new FieldError("subjectId", "a " + kind + " digest is about " + kind.subjectKinds() + "; "
					+ subjectId + " is not one"));
		}
		return found.get().get("name").asString(null);
	}

	private String districtCode(String district, List<FieldError> errors) {
		Optional<String> code = this.reads.one(DigestQueries.DISTRICT, GraphReads.parameters("district", district),
				(row) -> row.get("code").asString());
		if (code.isEmpty()) {
			errors.add(new FieldError("district", "no district has code or name " + district));
		}
		return code.orElse(null);
	}

	private static DigestKind kind(Map<String, Object> input, List<FieldError> errors) {
		Object value = input.get("kind");
		if (value == null) {
			errors.add(new FieldError("kind", "must be one of RESULTS_FOR_BASE, MATCHES_FOR_OWNER, GAPS_IN_CHAIN"));
			return null;
		}
		try {
			return DigestKind.valueOf(value.toString());
		}
		catch (IllegalArgumentException ex) {
			errors.add(new FieldError("kind", "must be one of RESULTS_FOR_BASE, MATCHES_FOR_OWNER, GAPS_IN_CHAIN"));
			return null;
		}
	}

	/** The cron of a schedule, refused when it is not one or runs more than once an hour. */
	private CronExpression cron(String schedule, List<FieldError> errors) {
		if (!CronExpression.isValidExpression(schedule)) {
			errors.add(new FieldError("schedule", "is not a cron expression (second minute hour day month weekday, e.g. "
					+ this.properties.defaultSchedule() + "): " + schedule));
			return null;
		}
		CronExpression cron = CronExpression.parse(schedule);
		ZonedDateTime first = cron.next(ZonedDateTime.now(this.properties.zone()));
		ZonedDateTime second = (first == null) ? null : cron.next(first);
		if (first == null) {
			errors.add(new FieldError("schedule", "never runs: " + schedule));
		}
		else if (second != null && second.isBefore(first.plusHours(1))) {
			errors.add(new FieldError("schedule", "runs more than once an hour; a digest runs at most hourly"));
		}
		return cron;
	}

	private static boolean webhook(String url) {
		try {
			URI uri = new URI(url);
			return uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

	private static String text(Map<String, Object> input, String field, int max, List<FieldError> errors) {
		Object value = input.get(field);
		if (value == null) {
			return null;
		}
		String text = value.toString().strip();
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() > max) {
			errors.add(new FieldError(field, "is longer than " + max + " characters"));
			return null;
		}
		if (text.chars().anyMatch(Character::isISOControl)) {
			errors.add(new FieldError(field, "must not hold control characters"));
			return null;
		}
		return text;
	}

}
