package city.quanzhou.pilotgraph.ingest;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import city.quanzhou.pilotgraph.SeededGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Quanzhou seed data as loaded by a first start: the real divisions, enough of every kind for the
 * questions to mean something, provenance on every node, and nothing loaded twice.
 */
class SeedDataTests extends SeededGraphTest {

	@Autowired
	Driver neo4j;

	@Autowired
	SeedLoader seed;

	@Test
	void shouldHoldTheTwelveCountyLevelDivisionsWithTheirRealCodes() {
		assertThat(rows("MATCH (d:District) RETURN d.code AS code, d.name AS name ORDER BY code")).containsExactly(
				Map.of("code", "350502", "name", "鲤城区"), Map.of("code", "350503", "name", "丰泽区"),
				Map.of("code", "350504", "name", "洛江区"), Map.of("code", "350505", "name", "泉港区"),
				Map.of("code", "350521", "name", "惠安县"), Map.of("code", "350524", "name", "安溪县"),
				Map.of("code", "350525", "name", "永春县"), Map.of("code", "350526", "name", "德化县"),
				Map.of("code", "350527", "name", "金门县"), Map.of("code", "350581", "name", "石狮市"),
				Map.of("code", "350582", "name", "晋江市"), Map.of("code", "350583", "name", "南安市"));
	}

	@Test
	void shouldHoldEnoughOfEveryKind() {
		assertThat(count("MATCH (n:Institute) RETURN count(n)")).isGreaterThanOrEqualTo(30);
		assertThat(count("MATCH (n:Enterprise) RETURN count(n)")).isGreaterThanOrEqualTo(300);
		assertThat(count("MATCH (n:TestBase) RETURN count(n)")).isGreaterThanOrEqualTo(40);
		assertThat(count("MATCH (n:Result) RETURN count(n)")).isGreaterThanOrEqualTo(500);
		assertThat(count("MATCH (n:Broker) RETURN count(n)")).isGreaterThanOrEqualTo(100);
		assertThat(count("MATCH (n:TransferAgency) RETURN count(n)")).isGreaterThanOrEqualTo(32);
		assertThat(count("MATCH (n:Demand) RETURN count(n)")).isGreaterThanOrEqualTo(30);
		assertThat(count("MATCH (n:Demand {challengeList: true}) RETURN count(n)")).isEqualTo(10);
		assertThat(count("MATCH (n:IndustryChain) RETURN count(n)")).isGreaterThanOrEqualTo(9);
		assertThat(count("MATCH (c:IndustryChain) WHERE NOT COUNT { (c)<-[:PART_OF]-(:ChainLink) } >= 5 RETURN count(c)")).isZero();
		assertThat(count("MATCH (n:Fund) RETURN count(n)")).isGreaterThanOrEqualTo(5);
		assertThat(count("MATCH (n:Park) RETURN count(n)")).isGreaterThanOrEqualTo(3);
	}

	@Test
	void shouldNameWhereEveryFactCameFrom() {
		assertThat(count("MATCH (n:Entity) WHERE NOT n.source IN ['SOURCE_DOCUMENT', 'PUBLIC', 'SYNTHETIC'] RETURN count(n)")).isZero();
		assertThat(count("MATCH (n:Entity {source: 'SOURCE_DOCUMENT'}) RETURN count(n)")).isGreaterThanOrEqualTo(10);
		assertThat(count("MATCH (n:Entity) WHERE n.source <> 'SYNTHETIC' AND n.sourceNote IS NULL RETURN count(n)")).isZero();
	}

	@Test
	void shouldIncludeTheBasesTheSourceDocumentNames() {
		assertThat(count("""
				MATCH (b:TestBase) WHERE b.id IN ['base-qingyuan-energy-storage', 'base-qingyuan-electronic-chemicals', 'base-waterless-dyeing']
				  AND b.source = 'SOURCE_DOCUMENT'
				RETURN count(b)""")).isEqualTo(3);
	}

	@Test
	void shouldReproduceTheDocumentsContractTurnoverTrend() {
		double in2020 = decimal("MATCH ()-[t:TRANSFERRED_TO {year: 2020}]->() RETURN sum(t.amount)");
		double in2022 = decimal("MATCH ()-[t:TRANSFERRED_TO {year: 2022}]->() RETURN sum(t.amount)");
		assertThat(in2020).isEqualTo(40700.0);
		assertThat(in2022).isGreaterThan(100000.0).isGreaterThan(2 * in2020);
	}

	@Test
	void shouldLoadNothingOnASecondStart() {
		long nodes = count("MATCH (n) RETURN count(n)");
		long relationships = count("MATCH ()-[r]->() RETURN count(r)");
		assertThat(this.seed.loadIfNotLoaded()).isFalse();
		assertThat(count("MATCH (s:SeedLoad) RETURN count(s)")).isEqualTo(1);
		assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
		assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
	}

	private long count(String cypher) {
		try (Session session = this.neo4j.session()) {
			return session.executeRead((tx) -> tx.run(cypher).single().get(0).asLong());
		}
	}

	private double decimal(String cypher) {
		try (Session session = this.neo4j.session()) {
			return session.executeRead((tx) -> tx.run(cypher).single().get(0).asDouble());
		}
	}

	private java.util.List<Map<String, Object>> rows(String cypher) {
		try (Session session = this.neo4j.session()) {
			return session.executeRead((tx) -> tx.run(cypher).list((row) -> row.asMap()));
		}
	}

}
