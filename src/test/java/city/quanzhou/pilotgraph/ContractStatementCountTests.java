package city.quanzhou.pilotgraph;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.springframework.graphql.test.tester.GraphQlTester;

import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.live.Change;
import city.quanzhou.pilotgraph.live.ChangeLog;
import city.quanzhou.pilotgraph.live.ChangeType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many statements each contract read costs, as the database counts them: the number the request path
 * was built to, pinned so that a change which quietly adds a round trip per field or per level fails here.
 * A read the selection set can describe is one statement; the extra ones are named where they occur. Each
 * request is sent once before it is counted, so that what is counted is a request as it recurs (the first one
 * of a path search may run out of its time limit while the database plans it on a busy machine). The coverage
 * answers are kept until the change log moves, so theirs are counted after a change as well as repeated.
 */
class ContractStatementCountTests extends SeededGraphTest {

	@Test
	void shouldReadAPageOfTestBasesWithTheirTiesInOneStatement() {
		assertStatements(1, "TestBases", Map.of("first", 20));
	}

	@Test
	void shouldReadAPageWithoutTotalCountInOneStatementToo() {
		long statements = count(() -> this.graphQl.documentName("testBasesWithoutTotalCount")
			.execute()
			.path("testBases.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true));
		assertThat(statements).isEqualTo(1);
	}

	@Test
	void shouldReadATestBaseByIdWithItsCoveredLinksInOneStatement() {
		assertStatements(1, "Entity", Map.of("id", "base-qingyuan-energy-storage"));
	}

	@Test
	void shouldReadAResultByIdWithItsOwnersInOneStatement() {
		assertStatements(1, "Entity", Map.of("id", "res-waterless-dyeing"));
	}

	@Test
	void shouldReadAnInstituteByIdAndItsResultsPageInTwoStatements() {
		// results(first:) takes arguments and is a connection: its batch loader reads it, once per level
		assertStatements(2, "Entity", Map.of("id", "inst-tju-quanzhou"));
	}

	@Test
	void shouldReadChainCoverageInTwoStatementsAfterTheChangeLogsHead() {
		// what the bases decide and the waiting results are kept apart, so that a base's change recounts only the
		// first (CoverageCacheTests); a change to the chain, as here, recounts both
		assertStatementsAfterAChange(3, "ChainCoverage", Map.of());
	}

	@Test
	void shouldReadEveryChainsLinksAndTheirCoveringBasesInOneStatement() {
		long statements = count(() -> this.graphQl.documentName("chainsWithCoveringBases")
			.execute()
			.path("industryChains.edges").entityList(Object.class).hasSize(10));
		assertThat(statements).isEqualTo(1);
	}

	@Test
	void shouldReadCityWideCoverageGapsInOneStatementAfterTheChangeLogsHead() {
		// the page of gaps; each gap's own lists are kept link by link and the chain's change does not touch them
		assertStatementsAfterAChange(2, "CoverageGaps", Map.of());
	}

	@Test
	void shouldReadTheGapsPageAndThenTheirListsAfterAChangeToALink() {
		String document = ContractOperations.load("CoverageGaps");
		appendChange();
		this.graphQl.document(document).execute().errors().verify();
		// a link's change touches the page and every gap's lists: the head, the page, the lists of its links
		appendChange(Change.ofEntity(ChangeType.UPDATED, "link-ne-anode", EntityKind.CHAIN_LINK));
		long statements = count(() -> this.graphQl.document(document).execute().errors().verify());
		assertThat(statements).isEqualTo(3);
	}

	@Test
	void shouldTurnTheDistrictOfCoverageGapsIntoItsCodeBeforeTheGapStatement() {
		// one lookup turns the district's name into its code; the chain is checked only when no gap comes back
		assertStatementsAfterAChange(3, "CoverageGaps", Map.of("chainId", "chain-new-energy", "district", "泉港区"));
	}

	@Test
	void shouldCheckTheChainOfCoverageGapsOnlyWhenNoGapComesBack() {
		assertStatementsAfterAChange(2, "CoverageGaps", Map.of("chainId", "chain-new-energy"));
	}

	@Test
	void shouldReadCityWideCoverageGapsV2InOneStatementAfterTheChangeLogsHead() {
		appendChange();
		this.graphQl.document(ContractOperations.loadNext("CoverageGaps")).execute().errors().verify();
		appendChange();
		long statements = count(() -> this.graphQl.document(ContractOperations.loadNext("CoverageGaps"))
			.execute()
			.path("coverageGaps").entityList(Object.class).hasSizeGreaterThan(1));
		assertThat(statements).isEqualTo(2);
	}

	@Test
	void shouldAnswerRepeatedCoverageWithTheChangeLogsHeadAlone() {
		// a change first, so that the warm-up keeps a fresh answer: an answer that another test class kept in this
		// shared context could reach its maximum age between the warm-up and the counted request on a busy machine
		appendChange();
		assertStatements(1, "ChainCoverage", Map.of());
		appendChange();
		assertStatements(1, "CoverageGaps", Map.of());
	}

	@Test
	void shouldFindPartnerPathsInOneStatement() {
		assertStatements(1, "PartnerPaths",
				Map.of("from", "res-waterless-dyeing", "to", "ent-0046", "maxHops", 4, "first", 5));
	}

	@Test
	void shouldFindTheLengthOfTheShortestPartnerPathAloneInOneStatement() {
		GraphQlTester.Request<?> warmUp = this.graphQl.documentName("shortestPartnerPathLength")
			.variable("from", "res-waterless-dyeing").variable("to", "ent-0046");
		warmUp.execute();
		long statements = count(() -> this.graphQl.documentName("shortestPartnerPathLength")
			.variable("from", "res-waterless-dyeing").variable("to", "ent-0046")
			.execute()
			.path("partnerPaths[0].hops").entity(Integer.class).satisfies((hops) -> assertThat(hops).isPositive()));
		assertThat(statements).isEqualTo(1);
	}

	@Test
	void shouldFindBridgingBrokersInOneStatement() {
		assertStatements(1, "BridgingBrokers", Map.of("a", "inst-tju-quanzhou", "b", "ent-0156", "maxHops", 3));
	}

	@Test
	void shouldSearchInOneStatement() {
		assertStatements(1, "Search", Map.of("text", "锂电池安全性放大验证", "kinds", java.util.List.of("TEST_BASE"),
				"first", 10));
	}

	@Test
	void shouldMatchBasesToAResultInOneStatement() {
		assertStatements(1, "BaseMatches", Map.of("resultId", "res-waterless-dyeing", "first", 5));
	}

	private void assertStatements(long expected, String operation, Map<String, Object> variables) {
		String document = ContractOperations.load(operation);
		GraphQlTester.Request<?> warmUp = this.graphQl.document(document);
		variables.forEach(warmUp::variable);
		warmUp.execute();
		long statements = count(() -> {
			GraphQlTester.Request<?> request = this.graphQl.document(document);
			variables.forEach(request::variable);
			request.execute().errors().verify();
		});
		assertThat(statements).as("statements for %s with %s", operation, variables).isEqualTo(expected);
	}

	/**
	 * As {@link #assertStatements}, with a change committed between the warm-up and the counted request: the
	 * coverage answers are kept until the change log moves ({@code CoverageCacheTests}), and this counts the
	 * read of the graph that a change brings about, after the look-up of the log's head.
	 */
	private void assertStatementsAfterAChange(long expected, String operation, Map<String, Object> variables) {
		String document = ContractOperations.load(operation);
		// the log exists before the warm-up, as on any database the service has written to: the first change of a
		// database starts the log's epoch, which no kept answer can be compared with
		appendChange();
		GraphQlTester.Request<?> warmUp = this.graphQl.document(document);
		variables.forEach(warmUp::variable);
		warmUp.execute();
		appendChange();
		long statements = count(() -> {
			GraphQlTester.Request<?> request = this.graphQl.document(document);
			variables.forEach(request::variable);
			request.execute().errors().verify();
		});
		assertThat(statements).as("statements for %s with %s after a change", operation, variables).isEqualTo(expected);
	}

	/** A change that writes nothing but moves the change log, committed as the service commits its own. */
	private void appendChange() {
		appendChange(Change.ofEntity(ChangeType.UPDATED, "chain-new-energy", EntityKind.INDUSTRY_CHAIN));
	}

	private void appendChange(Change change) {
		try (Session session = this.neo4j.session()) {
			session.executeWriteWithoutResult((tx) -> ChangeLog.append(tx, change, "test"));
		}
	}

	private long count(Runnable work) {
		return new StatementCounter(this.neo4j).count(work);
	}

}
