package city.quanzhou.pilotgraph.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import city.quanzhou.pilotgraph.SeededGraphTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The seed's policy instruments against the source document's figures, and the planners' questions on them
 * against Cypher written here independently.
 */
class PolicySeedTests extends SeededGraphTest {

	@Test
	void shouldHoldTheDocumentsProvincialVouchers158EnterprisesAnd523Point5Wan() {
		Record totals = single("""
				MATCH (v:VoucherGrant {level: 'PROVINCIAL', year: 2022})-[:GRANTED_TO]->(e:Enterprise)
				RETURN count(DISTINCT e) AS enterprises, count(v) AS grants, round(sum(v.amount), 2) AS amount""");
		assertThat(totals.get("enterprises").asLong()).isEqualTo(158);
		assertThat(totals.get("grants").asLong()).isEqualTo(158);
		assertThat(totals.get("amount").asDouble()).isEqualTo(523.5);

		List<Map<String, Object>> byDistrict = list(this.graphQl.documentName("vouchersBy")
			.variable("by", "DISTRICT").variable("year", 2022).variable("level", "PROVINCIAL")
			.execute().path("vouchersBy").entityList(Map.class).get());
		assertThat(byDistrict.stream().mapToDouble((group) -> ((Number) group.get("amount")).doubleValue()).sum())
			.isCloseTo(523.5, within(0.005));
		assertThat(byDistrict.stream().mapToLong((group) -> ((Number) group.get("enterprises")).longValue()).sum())
			.isEqualTo(158);
	}

	@Test
	void shouldHoldTheDocumentsAgencySubsidiesAndMunicipalAwards() {
		Record agencies = single("""
				MATCH (s:Subsidy {subsidyKind: 'TRANSFER_AGENCY', year: 2022})-[:GRANTED_TO]->(a:TransferAgency)
				RETURN count(DISTINCT a) AS agencies, round(sum(s.amount), 2) AS amount""");
		assertThat(agencies.get("agencies").asLong()).isEqualTo(4);
		assertThat(agencies.get("amount").asDouble()).isEqualTo(106.89);
		Record awards = single("""
				MATCH (s:Subsidy {subsidyKind: 'TRANSFER_AWARD', level: 'MUNICIPAL', year: 2022})
				RETURN round(sum(s.amount), 2) AS amount""");
		assertThat(awards.get("amount").asDouble()).isEqualTo(188.38);
	}

	@Test
	void shouldGroupVouchersByProviderAndChainAsCypherCountsThem() {
		List<Map<String, Object>> byProvider = list(this.graphQl.documentName("vouchersBy").variable("by", "PROVIDER")
			.execute().path("vouchersBy").entityList(Map.class).get());
		Map<String, Long> expected = counts("""
				MATCH (v:VoucherGrant)-[:REDEEMED_AT]->(p) RETURN p.id AS key, count(v) AS n""");
		assertThat(byProvider.stream().collect(Collectors.toMap((g) -> (String) g.get("key"),
				(g) -> ((Number) g.get("grants")).longValue()))).isEqualTo(expected);

		List<Map<String, Object>> byChain = list(this.graphQl.documentName("vouchersBy").variable("by", "CHAIN")
			.execute().path("vouchersBy").entityList(Map.class).get());
		Map<String, Long> perChain = counts("""
				MATCH (v:VoucherGrant)-[:GRANTED_TO]->(:Enterprise)-[:ACTIVE_IN]->(:ChainLink)-[:PART_OF]->(c:IndustryChain)
				RETURN c.id AS key, count(DISTINCT v) AS n""");
		Map<String, Long> answered = new HashMap<>();
		byChain.stream().filter((g) -> g.get("key") != null)
			.forEach((g) -> answered.put((String) g.get("key"), ((Number) g.get("grants")).longValue()));
		assertThat(answered).isEqualTo(perChain);
	}

	@Test
	void shouldMatchSupportAgainstDeliveryWithCypher() {
		List<Map<String, Object>> rows = list(this.graphQl.documentName("supportAndDelivery").variable("year", 2024)
			.execute().path("supportAndDelivery").entityList(Map.class).get());
		assertThat(rows).isNotEmpty();
		for (Map<String, Object> row : rows) {
			String id = (String) ((Map<?, ?>) row.get("base")).get("id");
			Record expected = single("""
					MATCH (b:TestBase {id: $id})
					RETURN round(coalesce(COLLECT { MATCH (s:Subsidy {year: 2024})-[:GRANTED_TO]->(b) RETURN sum(s.amount) }[0], 0), 2) AS subsidies,
					       round(coalesce(COLLECT { MATCH (v:VoucherGrant {year: 2024})-[:REDEEMED_AT]->(b) RETURN sum(v.amount) }[0], 0), 2) AS vouchers,
					       COUNT { MATCH (b)-[s:SERVED {year: 2024}]->(e:Enterprise) RETURN DISTINCT e } AS enterprises,
					       COUNT { MATCH (b)-[p:PILOTED {year: 2024}]->(r:Result) RETURN DISTINCT r } AS pilots""", id);
			double support = expected.get("subsidies").asDouble() + expected.get("vouchers").asDouble();
			assertThat(((Number) row.get("subsidies")).doubleValue()).as(id).isCloseTo(expected.get("subsidies").asDouble(), within(0.005));
			assertThat(((Number) row.get("vouchers")).doubleValue()).as(id).isCloseTo(expected.get("vouchers").asDouble(), within(0.005));
			assertThat(((Number) row.get("enterprisesServed")).longValue()).as(id).isEqualTo(expected.get("enterprises").asLong());
			assertThat(((Number) row.get("pilots")).longValue()).as(id).isEqualTo(expected.get("pilots").asLong());
			long enterprises = expected.get("enterprises").asLong();
			if (enterprises > 0) {
				assertThat(((Number) row.get("costPerEnterprise")).doubleValue()).as(id)
					.isCloseTo(support / enterprises, within(0.01));
			}
			else {
				assertThat(row.get("costPerEnterprise")).as(id).isNull();
			}
		}
	}

	@Test
	void shouldListEveryBaseInTheStepOfItsRecognition() {
		List<Map<String, Object>> stages = list(this.graphQl.documentName("recognitionPipeline").execute()
			.path("recognitionPipeline").entityList(Map.class).get());
		assertThat(stages).extracting((stage) -> stage.get("step"))
			.containsExactly("NONE", "APPLIED", "REGISTERED", "ASSESSED", "RECOGNISED", "PROVINCIAL");
		long listed = 0;
		for (Map<String, Object> stage : stages) {
			for (Object entry : (List<?>) stage.get("bases")) {
				Map<?, ?> base = (Map<?, ?>) ((Map<?, ?>) entry).get("base");
				Object recognition = (base.get("recognition") == null) ? "NONE" : base.get("recognition");
				assertThat(stage.get("step")).as((String) base.get("id")).isEqualTo(recognition);
				if (!"NONE".equals(stage.get("step"))) {
					assertThat(((Map<?, ?>) entry).get("since")).as((String) base.get("id")).isNotNull();
				}
				listed++;
			}
		}
		assertThat(listed).isEqualTo(count("MATCH (b:TestBase) RETURN count(b)"));
	}

	@Test
	void shouldNameTheBasesNeverAssessed() {
		List<Map<String, Object>> bases = list(this.graphQl.documentName("basesNeverAssessed").execute()
			.path("basesNeverAssessed").entityList(Map.class).get());
		assertThat(bases).hasSize((int) count("""
				MATCH (b:TestBase) WHERE b.status IN ['OPERATING', 'SUSPENDED'] AND NOT EXISTS { (:Assessment)-[:ASSESSES]->(b) }
				RETURN count(b)""")).isNotEmpty();
		assertThat(bases).extracting((base) -> base.get("status")).doesNotContain("PLANNED", "UNDER_CONSTRUCTION");
	}

	@Test
	void shouldCountTheDocumentsFiveBrokerTrainingsAndTheirBrokers() {
		List<Map<String, Object>> organisers = list(this.graphQl.documentName("trainingByOrganiser").variable("year", 2022)
			.execute().path("trainingByOrganiser").entityList(Map.class).get());
		assertThat(organisers.stream().mapToLong((o) -> ((Number) o.get("events")).longValue()).sum()).isEqualTo(5);
		assertThat(organisers.stream().mapToLong((o) -> ((Number) o.get("newBrokers")).longValue()).sum())
			.as("400 多名").isBetween(400L, 499L);
		assertThat(organisers.stream().mapToLong((o) -> ((Number) o.get("brokersTrained")).longValue()).sum())
			.isEqualTo(count("MATCH (:TrainingEvent)-[:TRAINED]->(b:Broker) RETURN count(DISTINCT b)"));
	}

	@Test
	void shouldExplainEverySeedScoreWithPartsThatAddUpAndRankBestFirst() {
		List<Map<String, Object>> ranking = list(this.graphQl.documentName("baseRanking").variable("year", 2024)
			.variable("criteriaVersion", 1).variable("first", 100).execute().path("baseRanking").entityList(Map.class).get());
		assertThat(ranking).hasSize((int) count("""
				MATCH (b:TestBase) WHERE b.status IN ['OPERATING', 'SUSPENDED'] AND coalesce(b.establishedYear, 0) <= 2024
				RETURN count(b)"""));
		double previous = Double.MAX_VALUE;
		for (Map<String, Object> score : ranking) {
			double total = ((Number) score.get("score")).doubleValue();
			double parts = ((List<?>) score.get("parts")).stream()
				.mapToDouble((part) -> ((Number) ((Map<?, ?>) part).get("points")).doubleValue()).sum();
			assertThat(parts).isCloseTo(total, within(1e-9));
			assertThat(total).isLessThanOrEqualTo(previous).isBetween(0.0, 100.0);
			previous = total;
		}
		assertThat(ranking.getFirst().get("score")).as("the best base of a criterion scores its full weight").isNotEqualTo(0.0);
	}

	@Test
	void shouldReadPolicyRecordsWithTheirTies() {
		var response = this.graphQl.documentName("policyRecords").variable("level", "PROVINCIAL").execute();
		response.path("voucherGrants.totalCount").entity(Integer.class).isEqualTo(158);
		response.path("voucherGrants.edges[0].node.recipient.kind").entity(String.class).isEqualTo("ENTERPRISE");
		response.path("trainingEvents.totalCount").entity(Integer.class).isEqualTo(7);
		response.path("benefitTerms.edges[0].node.base.benefitTerms.id").entity(String.class).isNotEqualTo(null);
	}

	private Record single(String cypher, Object... id) {
		try (Session session = this.neo4j.session()) {
			return session.executeRead((tx) -> tx.run(cypher, (id.length == 0) ? Map.of() : Map.of("id", id[0])).single());
		}
	}

	private Map<String, Long> counts(String cypher) {
		try (Session session = this.neo4j.session()) {
			return session.executeRead((tx) -> tx.run(cypher).list()).stream()
				.collect(Collectors.toMap((row) -> row.get("key").asString(), (row) -> row.get("n").asLong()));
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(List<?> rows) {
		return (List<Map<String, Object>>) rows;
	}

}
