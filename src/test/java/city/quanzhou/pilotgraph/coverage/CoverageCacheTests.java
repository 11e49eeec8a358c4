package city.quanzhou.pilotgraph.coverage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import city.quanzhou.pilotgraph.SeededGraphTest;
import city.quanzhou.pilotgraph.StatementCounter;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.GraphReads;
import city.quanzhou.pilotgraph.entity.Relation;
import city.quanzhou.pilotgraph.live.Change;
import city.quanzhou.pilotgraph.live.ChangeLog;
import city.quanzhou.pilotgraph.live.ChangeType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coverage answers are kept while nothing they read changes: a repeated request costs one look-up of the change
 * log, a committed change to something an answer reads makes the next request read that answer again, with what the
 * change wrote in it at once, and a change to anything else leaves it standing.
 */
class CoverageCacheTests extends SeededGraphTest {

	private static final String PROBE = "res-coverage-cache-probe";

	private static final String PROBE_ENTERPRISE = "ent-coverage-cache-probe";

	@Autowired
	private GraphReads reads;

	@Test
	void shouldAnswerARepeatedRequestFromTheKeptRowsAfterOneLookUpOfTheChangeLog() {
		Map<?, ?> first = newEnergyCoverage();
		List<String> statements = statements(this::newEnergyCoverage);
		assertThat(statements).hasSize(1);
		assertThat(statements.getFirst()).contains("ChangeLog");
		assertThat(newEnergyCoverage()).isEqualTo(first);
	}

	@Test
	void shouldReadTheGraphAgainOnceAChangeIsCommitted() {
		Map<?, ?> before = newEnergyCoverage();
		appendChange(Change.ofEntity(ChangeType.UPDATED, "chain-new-energy", EntityKind.INDUSTRY_CHAIN), null);
		List<String> statements = statements(() -> assertThat(newEnergyCoverage()).isEqualTo(before));
		// the query collector groups statements by text, in no set order: the head, then both parts of the coverage
		assertThat(statements).hasSize(3)
			.anySatisfy((statement) -> assertThat(statement).contains("ChangeLog").doesNotContain("linkCount")
				.doesNotContain("waitingResultCount"))
			.anySatisfy((statement) -> assertThat(statement).contains("linkCount"))
			.anySatisfy((statement) -> assertThat(statement).contains("waitingResultCount"));
	}

	@Test
	void shouldKeepEveryAnswerThroughChangesToWhatNoneOfThemReads() {
		Map<?, ?> coverage = newEnergyCoverage();
		List<?> gaps = newEnergyGaps();
		appendChange(Change.ofEntity(ChangeType.UPDATED, "broker-probe", EntityKind.BROKER), null);
		appendChange(Change.ofTie(ChangeType.LINKED, Relation.SERVES, "broker-probe", EntityKind.BROKER,
				"base-qingyuan-energy-storage", EntityKind.TEST_BASE), null);
		List<String> statements = statements(() -> {
			assertThat(newEnergyCoverage()).isEqualTo(coverage);
			assertThat(newEnergyGaps()).isEqualTo(gaps);
		});
		assertThat(statements).hasSize(2).allSatisfy((statement) -> assertThat(statement).contains("ChangeLog"));
	}

	@Test
	void shouldRecountOnlyWhatTheBasesDecideAfterAChangeToABase() {
		Map<?, ?> before = newEnergyCoverage();
		appendChange(Change.ofEntity(ChangeType.CREATED, PROBE, EntityKind.TEST_BASE), """
				MATCH (l:ChainLink {id: 'link-ne-anode'})
				CREATE (:Entity:TestBase {id: $id, name: '缓存探针基地', status: 'OPERATING'})-[:COVERS]->(l)
				""");
		try {
			List<String> statements = statements(() -> {
				Map<?, ?> after = newEnergyCoverage();
				assertThat(after.get("operatingBaseCount")).isEqualTo(operatingBases(before) + 1);
				assertThat(after.get("waitingResultCount")).isEqualTo(before.get("waitingResultCount"));
			});
			assertThat(statements).hasSize(2)
				.anySatisfy((statement) -> assertThat(statement).contains("ChangeLog"))
				.anySatisfy((statement) -> assertThat(statement).contains("linkCount"))
				.noneSatisfy((statement) -> assertThat(statement).contains("waitingResultCount"));
		}
		finally {
			appendChange(Change.ofEntity(ChangeType.DELETED, PROBE, EntityKind.TEST_BASE),
					"MATCH (b:TestBase {id: $id}) DETACH DELETE b");
		}
		assertThat(newEnergyCoverage()).isEqualTo(before);
	}

	@Test
	void shouldRecountWhatFollowsATieOfTheTypeMadeOrRemoved() {
		Map<?, ?> before = newEnergyCoverage();
		appendChange(Change.ofTie(ChangeType.UNLINKED, Relation.APPLIES_TO, PROBE, EntityKind.RESULT, "link-ne-anode",
				EntityKind.CHAIN_LINK), null);
		List<String> statements = statements(() -> assertThat(newEnergyCoverage()).isEqualTo(before));
		assertThat(statements).hasSize(2)
			.anySatisfy((statement) -> assertThat(statement).contains("waitingResultCount"))
			.noneSatisfy((statement) -> assertThat(statement).contains("linkCount"));
	}

	@Test
	void shouldWatchWhatTheRequestReadsAlongTheChainsTies() {
		Map<?, ?> before = newEnergyCoverageWithLinks();
		appendChange(Change.ofEntity(ChangeType.UPDATED, "broker-probe", EntityKind.BROKER), null);
		assertThat(statements(() -> assertThat(newEnergyCoverageWithLinks()).isEqualTo(before))).hasSize(1);
		// the links' own ties are not read by the coverage statement, but this request reads the links' enterprises
		appendChange(Change.ofTie(ChangeType.LINKED, Relation.ACTIVE_IN, "ent-0046", EntityKind.ENTERPRISE,
				"link-ne-anode", EntityKind.CHAIN_LINK), null);
		assertThat(statements(() -> assertThat(newEnergyCoverageWithLinks()).isEqualTo(before))).hasSize(2);
	}

	@Test
	void shouldStandBeforeAChangeTheIndexDoesNotShowYet() {
		// what a reader meets while a commit is half applied: the counter moved, its change not yet found by number
		appendChange(Change.ofEntity(ChangeType.UPDATED, "broker-probe", EntityKind.BROKER), null);
		Map<?, ?> before = newEnergyCoverage();
		try (Session session = this.neo4j.session()) {
			session.run("MATCH (log:ChangeLog {name: 'graph'}) SET log.seq = log.seq + 1").consume();
		}
		try {
			assertThat(statements(() -> assertThat(newEnergyCoverage()).isEqualTo(before))).hasSize(1);
		}
		finally {
			try (Session session = this.neo4j.session()) {
				session.run("MATCH (log:ChangeLog {name: 'graph'}) SET log.seq = log.seq - 1").consume();
			}
		}
	}

	@Test
	void shouldReadEverythingAgainWhenMoreChangesCameThanItLooksThrough() {
		Map<?, ?> before = newEnergyCoverage();
		try (Session session = this.neo4j.session()) {
			session.executeWriteWithoutResult((tx) -> {
				for (int i = 0; i <= CoverageCache.MOST_CHANGES; i++) {
					ChangeLog.append(tx, Change.ofEntity(ChangeType.UPDATED, "broker-probe", EntityKind.BROKER), "test");
				}
			});
		}
		assertThat(statements(() -> assertThat(newEnergyCoverage()).isEqualTo(before))).hasSize(3);
	}

	@Test
	void shouldShowWhatACommittedChangeWroteAtOnce() {
		int waiting = waitingResults(newEnergyCoverage());
		appendChange(Change.ofEntity(ChangeType.CREATED, PROBE, EntityKind.RESULT), """
				MATCH (l:ChainLink {id: 'link-ne-anode'})
				CREATE (:Entity:Result {id: $id, name: '缓存探针成果', needsPilot: true, maturity: 'LAB'})-[:APPLIES_TO]->(l)
				""");
		try {
			assertThat(waitingResults(newEnergyCoverage())).isEqualTo(waiting + 1);
		}
		finally {
			appendChange(Change.ofEntity(ChangeType.DELETED, PROBE, EntityKind.RESULT),
					"MATCH (r:Result {id: $id}) DETACH DELETE r");
		}
		assertThat(waitingResults(newEnergyCoverage())).isEqualTo(waiting);
	}

	/**
	 * A cache of its own, 60 s the age, with a clock the test moves and an executor whose reads behind the requests
	 * the test runs when it chooses.
	 */
	private record AgingCache(CoverageCache cache, AtomicLong now, List<Runnable> behind) {
	}

	private AgingCache agingCache() {
		AtomicLong now = new AtomicLong();
		List<Runnable> behind = new ArrayList<>();
		return new AgingCache(new CoverageCache(this.reads, new CoverageProperties(Duration.ofSeconds(60), 16),
				new SimpleMeterRegistry(), behind::add, now::get), now, behind);
	}

	@Test
	void shouldServeRowsPastTheirAgeWhileOneReadBehindTheRequestsReplacesThem() {
		AgingCache aging = agingCache();
		CoverageCache cache = aging.cache();
		AtomicLong now = aging.now();
		List<Runnable> behind = aging.behind();
		CoverageCache.Read operatingBases = new CoverageCache.Read(
				"MATCH (b:TestBase {status: 'OPERATING'}) RETURN count(b) AS n", Map.of(),
				new CoverageInputs(Set.of(EntityKind.TEST_BASE), Set.of()));
		long before = count(cache, operatingBases);
		try {
			// written beside the service: no change in the log, so only the age makes the count be read again
			write("CREATE (:Entity:TestBase {id: $id, name: '缓存探针基地', status: 'OPERATING'})");
			now.addAndGet(Duration.ofSeconds(59).toNanos());
			assertThat(count(cache, operatingBases)).isEqualTo(before);
			assertThat(behind).isEmpty();
			now.addAndGet(Duration.ofSeconds(2).toNanos());
			// past its age: served at once, and read again behind the request, once however many ask meanwhile
			assertThat(count(cache, operatingBases)).isEqualTo(before);
			assertThat(count(cache, operatingBases)).isEqualTo(before);
			assertThat(behind).hasSize(1);
			behind.removeFirst().run();
			List<String> statements = statements(() -> assertThat(count(cache, operatingBases)).isEqualTo(before + 1));
			assertThat(statements).singleElement().asString().contains("ChangeLog");
			assertThat(behind).isEmpty();
		}
		finally {
			write("MATCH (b:TestBase {id: $id}) DETACH DELETE b");
		}
	}

	@Test
	void shouldServeItemsPastTheirAgeWhileOneReadBehindTheRequestsReplacesThem() {
		AgingCache aging = agingCache();
		CoverageCache cache = aging.cache();
		AtomicLong now = aging.now();
		List<Runnable> behind = aging.behind();
		CoverageCache.Read page = new CoverageCache.Read("MATCH (l:ChainLink {id: 'link-ne-anode'}) RETURN l.id AS linkId",
				Map.of(), new CoverageInputs(Set.of(EntityKind.CHAIN_LINK), Set.of()));
		CoverageCache.ItemsRead enterprises = new CoverageCache.ItemsRead("""
				UNWIND $items AS item
				MATCH (l:ChainLink {id: item})
				RETURN item, COUNT { (l)<-[:ACTIVE_IN]-(:Enterprise) } AS n""", Map.of(),
				new CoverageInputs(Set.of(EntityKind.ENTERPRISE), Set.of(Relation.ACTIVE_IN)));
		Supplier<Long> count = () -> cache
			.pageAndItems(page, enterprises, (row) -> row.get("linkId").asString())
			.items().get("link-ne-anode").get("n").asLong();
		long before = count.get();
		try {
			// beside the service, so only the age brings it in
			try (Session session = this.neo4j.session()) {
				session.run("""
						MATCH (l:ChainLink {id: 'link-ne-anode'})
						CREATE (:Entity:Enterprise {id: $id, name: '缓存探针企业'})-[:ACTIVE_IN]->(l)""",
						Map.of("id", PROBE_ENTERPRISE)).consume();
			}
			now.addAndGet(Duration.ofSeconds(61).toNanos());
			assertThat(count.get()).isEqualTo(before);
			assertThat(count.get()).isEqualTo(before);
			// one read behind the requests for the page and one for its items, however many ask meanwhile
			assertThat(behind).hasSize(2);
			behind.forEach(Runnable::run);
			behind.clear();
			assertThat(count.get()).isEqualTo(before + 1);
			assertThat(behind).isEmpty();
		}
		finally {
			try (Session session = this.neo4j.session()) {
				session.run("MATCH (e:Enterprise {id: $id}) DETACH DELETE e", Map.of("id", PROBE_ENTERPRISE)).consume();
			}
		}
	}

	private static long count(CoverageCache cache, CoverageCache.Read read) {
		return cache.list(read, (row) -> row.get("n").asLong()).getFirst();
	}

	private void write(String cypher) {
		try (Session session = this.neo4j.session()) {
			session.executeWriteWithoutResult((tx) -> tx.run(cypher, Map.of("id", PROBE)).consume());
		}
	}

	@Test
	void shouldReadOnlyTheListsOfLinksNewToTheGapsAfterAChangeToABase() {
		// the log's epoch begins with its first change; kept rows are compared within one epoch
		appendChange(Change.ofEntity(ChangeType.UPDATED, "broker-probe", EntityKind.BROKER), null);
		List<Map<String, Object>> before = cityGaps();
		String first = linkId(before.get(0));
		String second = linkId(before.get(1));
		// written beside the service, so that only a read of the second gap's lists would show it
		try (Session session = this.neo4j.session()) {
			session.run("""
					MATCH (l:ChainLink {id: $link})
					CREATE (:Entity:Enterprise {id: $id, name: 'A 缓存探针企业'})-[:ACTIVE_IN]->(l)""",
					Map.of("id", PROBE_ENTERPRISE, "link", second)).consume();
		}
		try {
			appendChange(Change.ofEntity(ChangeType.CREATED, PROBE, EntityKind.TEST_BASE), """
					MATCH (l:ChainLink {id: $link})
					CREATE (:Entity:TestBase {id: $id, name: '缓存探针基地', status: 'OPERATING'})-[:COVERS]->(l)""",
					Map.of("link", first));
			List<Map<String, Object>> after = new ArrayList<>();
			List<String> statements = statements(() -> after.addAll(cityGaps()));
			// the page, and the lists of the one link that moved onto it
			assertThat(statements).hasSize(3).anySatisfy((statement) -> assertThat(statement).contains("$items"));
			assertThat(after).extracting(CoverageCacheTests::linkId)
				.doesNotContain(first)
				.containsSubsequence(second, linkId(before.get(2)))
				.hasSize(before.size());
			// the second gap's lists were kept, not read: its new enterprise does not show
			assertThat(after.getFirst()).isEqualTo(before.get(1));
			assertThat(statements(this::cityGaps)).hasSize(1);
		}
		finally {
			appendChange(Change.ofEntity(ChangeType.DELETED, PROBE, EntityKind.TEST_BASE),
					"MATCH (b:TestBase {id: $id}) DETACH DELETE b", Map.of());
			appendChange(Change.ofEntity(ChangeType.DELETED, PROBE_ENTERPRISE, EntityKind.ENTERPRISE),
					"MATCH (e:Enterprise {id: $enterprise}) DETACH DELETE e", Map.of("enterprise", PROBE_ENTERPRISE));
		}
		assertThat(cityGaps()).isEqualTo(before);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> cityGaps() {
		return (List<Map<String, Object>>) (List<?>) this.graphQl.documentName("coverageGaps")
			.variable("first", 3)
			.execute()
			.path("coverageGaps")
			.entity(List.class)
			.get();
	}

	@SuppressWarnings("unchecked")
	private static String linkId(Map<String, Object> gap) {
		return (String) ((Map<String, Object>) gap.get("link")).get("id");
	}

	private Map<?, ?> newEnergyCoverage() {
		return this.graphQl.documentName("chainCoverage")
			.variable("chainId", "chain-new-energy")
			.execute()
			.path("chainCoverage[0]")
			.entity(Map.class)
			.get();
	}

	private Map<?, ?> newEnergyCoverageWithLinks() {
		return this.graphQl.document("""
				{ chainCoverage(chainId: "chain-new-energy") {
				    chain { id links { id enterprises { id } } } linkCount waitingResultCount } }
				""")
			.execute()
			.path("chainCoverage[0]")
			.entity(Map.class)
			.get();
	}

	private List<?> newEnergyGaps() {
		return this.graphQl.documentName("coverageGaps")
			.variable("chainId", "chain-new-energy")
			.execute()
			.path("coverageGaps")
			.entity(List.class)
			.get();
	}

	private static int operatingBases(Map<?, ?> coverage) {
		return ((Number) coverage.get("operatingBaseCount")).intValue();
	}

	private static int waitingResults(Map<?, ?> coverage) {
		return ((Number) coverage.get("waitingResultCount")).intValue();
	}

	/** A write beside the service that announces itself in the change log in its own transaction, as the service's do. */
	private void appendChange(Change change, String write) {
		appendChange(change, write, Map.of());
	}

	private void appendChange(Change change, String write, Map<String, Object> parameters) {
		Map<String, Object> withProbe = new HashMap<>(parameters);
		withProbe.put("id", PROBE);
		try (Session session = this.neo4j.session()) {
			session.executeWriteWithoutResult((tx) -> {
				if (write != null) {
					tx.run(write, withProbe).consume();
				}
				ChangeLog.append(tx, change, "test");
			});
		}
	}

	private List<String> statements(Runnable work) {
		return new StatementCounter(this.neo4j).statements(work);
	}

}
