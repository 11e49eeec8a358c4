package city.quanzhou.pilotgraph.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import city.quanzhou.pilotgraph.entity.GraphReads;
import city.quanzhou.pilotgraph.matching.BaseMatch;
import city.quanzhou.pilotgraph.matching.MatchingService;
import city.quanzhou.pilotgraph.matching.ResultMatch;
import city.quanzhou.pilotgraph.system.InvalidArgumentException;

/**
 * What a digest brings: the candidates of its kind (scored and explained by the matching service where it has
 * a question for it), less everything the subscription was ever sent (no repeats), less candidates too like an
 * item answered 不相关, and a little higher for candidates like an item answered 感兴趣. Runs in the transaction
 * of the run that writes the digest.
 */
@Component
class DigestComposer {

	private static final Logger log = LoggerFactory.getLogger(DigestComposer.class);

	/** Most results of an owner whose bases are looked for, newest first; most bases per result. */
	private static final int OWNER_RESULTS = 20;

	private static final int BASES_PER_RESULT = 5;

	private static final int CANDIDATES = 100;

	/** A fixed score for a demand on an owner's links: a plain fact, above the base floor, below strong base matches. */
	private static final double DEMAND_SCORE = 0.6;

	/** Cosine at or above which a candidate counts as like an item answered 感兴趣, and what that adds. */
	static final double INTERESTED_SIMILARITY = 0.75;

	static final double INTERESTED_BONUS = 0.1;

	private final MatchingService matching;

	private final GraphReads reads;

	private final DigestProperties properties;

	DigestComposer(MatchingService matching, GraphReads reads, DigestProperties properties) {
		this.matching = matching;
		this.reads = reads;
		this.properties = properties;
	}

	/** A thing a digest may bring, and why. */
	record Candidate(String entityId, String entityKind, String name, double score, List<String> reasons) {

		Candidate withBonus(double bonus, String reason) {
			List<String> more = new ArrayList<>(this.reasons);
			more.add(reason);
			return new Candidate(this.entityId, this.entityKind, this.name, Math.min(1, this.score + bonus), List.copyOf(more));
		}

	}

	List<Candidate> compose(DigestSubscription subscription, Instant now) {
		Map<String, Candidate> candidates = new LinkedHashMap<>();
		for (Candidate candidate : candidates(subscription, now)) {
			candidates.merge(candidate.entityId(), candidate, (a, b) -> (a.score() >= b.score()) ? a : b);
		}
		Set<String> sent = this.reads.list(DigestQueries.SENT, GraphReads.parameters("subscriptionId", subscription.id()),
				(row) -> row.get("entityId").asString()).stream().collect(Collectors.toSet());
		candidates.keySet().removeAll(sent);
		if (candidates.isEmpty()) {
			return List.of();
		}
		return weighByAnswers(subscription.id(), candidates).stream()
			.sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::entityId))
			.limit(this.properties.maxItems())
			.toList();
	}

	private List<Candidate> candidates(DigestSubscription subscription, Instant now) {
		try {
			return switch (subscription.kind()) {
				case RESULTS_FOR_BASE -> resultsForBase(subscription, now);
				case MATCHES_FOR_OWNER -> matchesForOwner(subscription);
				case GAPS_IN_CHAIN -> gaps(subscription);
			};
		}
		catch (InvalidArgumentException ex) {
			// the subject was deleted or merged away since: nothing to bring, and the run still moves on
			log.info("Digest subscription {} has nothing to bring: {}", subscription.id(), ex.getMessage());
			return List.of();
		}
	}

	private List<Candidate> resultsForBase(DigestSubscription subscription, Instant now) {
		LocalDate since = LocalDate.ofInstant(now.minus(this.properties.lookback()), this.properties.zone());
		List<ResultMatch> matches = this.matching.baseDigest(subscription.subjectId(), since, CANDIDATES);
		return matches.stream()
			.map((match) -> new Candidate(match.result().id(), "RESULT", match.result().name(), match.score(),
					match.reasons()))
			.toList();
	}

	private List<Candidate> matchesForOwner(DigestSubscription subscription) {
		List<Candidate> candidates = new ArrayList<>();
		List<String[]> results = this.reads.list(DigestQueries.OWNER_RESULTS,
				GraphReads.parameters("ownerId", subscription.subjectId(), "limit", OWNER_RESULTS),
				(row) -> new String[] { row.get("id").asString(), row.get("name").asString() });
		for (String[] result : results) {
			for (BaseMatch match : this.matching.baseMatches(result[0], BASES_PER_RESULT)) {
				List<String> reasons = new ArrayList<>();
				reasons.add("适合贵单位成果「" + result[1] + "」中试");
				reasons.addAll(match.reasons());
				candidates.add(new Candidate(match.base().id(), "TEST_BASE", match.base().name(), match.score(),
						List.copyOf(reasons)));
			}
		}
		candidates.addAll(this.reads.list(DigestQueries.DEMANDS_FOR_OWNER,
				GraphReads.parameters("ownerId", subscription.subjectId(), "limit", CANDIDATES),
				(row) -> new Candidate(row.get("id").asString(), "DEMAND", row.get("name").asString(), DEMAND_SCORE,
						List.of("需求所在环节" + String.join("、", row.get("links").asList(Value::asString))
								+ "与贵单位成果" + quoted(row.get("results").asList(Value::asString)) + "相同"))));
		return candidates;
	}

	private List<Candidate> gaps(DigestSubscription subscription) {
		String where = (subscription.district() != null) ? "区内" : "";
		return this.reads.list(DigestQueries.GAPS,
				GraphReads.parameters("chainId", subscription.subjectId(), "district", subscription.district(), "limit",
						CANDIDATES),
				(row) -> {
					int waiting = row.get("waiting").asInt();
					return new Candidate(row.get("id").asString(), "CHAIN_LINK", row.get("name").asString(),
							Math.min(1, 0.4 + 0.1 * waiting),
							List.of("「" + row.get("name").asString() + "」环节有" + waiting + "项成果待中试（如"
									+ quoted(row.get("examples").asList(Value::asString)) + "）",
									where + "没有运行中或在建的中试基地覆盖该环节"));
				});
	}

	/** Drops candidates too like an item answered 不相关 and lifts those like one answered 感兴趣. */
	private List<Candidate> weighByAnswers(String subscriptionId, Map<String, Candidate> candidates) {
		Map<String, List<Value>> answers = new HashMap<>();
		this.reads.list(DigestQueries.LIKENESS_TO_ANSWERS,
				GraphReads.parameters("subscriptionId", subscriptionId, "candidateIds", List.copyOf(candidates.keySet())),
				(row) -> answers.put(row.get("candidateId").asString(), row.get("answers").asList((v) -> v)));
		List<Candidate> kept = new ArrayList<>();
		for (Candidate candidate : candidates.values()) {
			List<Value> likeness = answers.getOrDefault(candidate.entityId(), List.of());
			boolean irrelevant = likeness.stream()
				.anyMatch((a) -> FeedbackAnswer.IRRELEVANT.name().equals(a.get("answer").asString())
						&& a.get("cosine").asDouble() >= this.properties.irrelevantSimilarity());
			if (irrelevant) {
				continue;
			}
			Value liked = likeness.stream()
				.filter((a) -> FeedbackAnswer.INTERESTED.name().equals(a.get("answer").asString())
						&& a.get("cosine").asDouble() >= INTERESTED_SIMILARITY)
				.findFirst()
				.orElse(null);
			kept.add((liked == null) ? candidate : candidate.withBonus(INTERESTED_BONUS,
					"与您标记为感兴趣的「" + liked.get("name").asString() + "」相近"));
		}
		return kept;
	}

	private static String quoted(List<String> names) {
		return names.stream().map((name) -> "「" + name + "」").collect(Collectors.joining("、"));
	}

}
