package city.quanzhou.pilotgraph.duplicate;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import city.quanzhou.pilotgraph.FixtureGraphTest;
import city.quanzhou.pilotgraph.HttpGraphQl.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Two near-duplicate institutes are listed as a candidate pair with their evidence, an admin merges them with
 * every tie kept and both ids answering the survivor, and a create that looks like one of them is flagged.
 */
class DuplicateTests extends FixtureGraphTest {

	@BeforeEach
	void twoNamesForOneInstitute() {
		replaceGraph("""
				CREATE (shishi:District {code: '350581', name: '石狮市'})
				CREATE (a:Entity:Institute {id: 'inst-a', name: '中纺协石狮研究院', aliases: ['中纺协研究院'], source: 'PUBLIC',
				        version: 2, description: '纺织服装产业共性技术研究'})-[:LOCATED_IN]->(shishi)
				CREATE (b:Entity:Institute {id: 'inst-b', name: '中纺学石狮产业研究院', source: 'PUBLIC', version: 1,
				        sourceNote: '石狮市政府网站', category: 'RESEARCH_INSTITUTE'})-[:LOCATED_IN]->(shishi)
				CREATE (:Entity:Institute {id: 'inst-c', name: '福建师范大学泉州研究院', source: 'PUBLIC', version: 1})
				CREATE (e1:Entity:Enterprise {id: 'ent-1', name: '石狮某纺织公司', source: 'PUBLIC', version: 1})
				CREATE (e2:Entity:Enterprise {id: 'ent-2', name: '石狮某印染公司', source: 'PUBLIC', version: 1})
				CREATE (a)-[:COOPERATES_WITH {projects: 3}]->(e1)
				CREATE (b)-[:COOPERATES_WITH {projects: 5}]->(e2)
				CREATE (b)-[:COOPERATES_WITH {projects: 1}]->(e1)
				CREATE (:Entity:Result {id: 'res-1', name: '无水染色技术', maturity: 'PILOT', needsPilot: true, source: 'PUBLIC', version: 1})-[:OWNED_BY]->(b)
				CREATE (:Entity:TestBase {id: 'base-1', name: '石狮纺织中试基地', status: 'OPERATING', openToPublic: true,
				        services: ['PILOT_MATURATION'], source: 'PUBLIC', version: 1})-[:OPERATED_BY {role: 'LEAD'}]->(b)
				""");
	}

	@Test
	void shouldListTheNearDuplicateInstitutesWithTheirEvidence() {
		embedGraph();
		Reply reply = http().postDocument("duplicateCandidates", Map.of("kind", "INSTITUTE"), PLANNER);
		assertThat(reply.<List<String>>read("$.data.duplicateCandidates[*].a.id")).containsExactly("inst-a");
		assertThat(reply.<List<String>>read("$.data.duplicateCandidates[*].b.id")).containsExactly("inst-b");
		assertThat(reply.<Boolean>read("$.data.duplicateCandidates[0].evidence.sameDistrict")).isTrue();
		assertThat(reply.<Double>read("$.data.duplicateCandidates[0].evidence.nameSimilarity")).isCloseTo(0.639, within(0.001));
		assertThat(reply.<String>read("$.data.duplicateCandidates[0].evidence.names")).isEqualTo("中纺协石狮研究院 ≈ 中纺学石狮产业研究院");
		assertThat(reply.<Double>read("$.data.duplicateCandidates[0].evidence.embeddingSimilarity")).isNotNull();
		assertThat(reply.<Double>read("$.data.duplicateCandidates[0].score")).isGreaterThanOrEqualTo(0.6);
		assertThat(http().postDocument("duplicateCandidates", Map.of("kind", "INSTITUTE"), null)
			.<String>read("$.errors[0].extensions.classification")).isEqualTo("UNAUTHORIZED");
	}

	@Test
	void shouldMergeKeepingEveryTieAndLetBothIdsAnswerTheSurvivor() {
		Reply merged = http().postDocument("mergeEntities",
				Map.of("input", Map.of("survivorId", "inst-a", "survivorVersion", 2, "mergedId", "inst-b", "mergedVersion", 1)), ADMIN);
		assertThat(merged.<List<?>>read("$.data.mergeEntities.errors")).isEmpty();
		assertThat(merged.<List<String>>read("$.data.mergeEntities.survivor.aliases"))
			.containsExactlyInAnyOrder("中纺协研究院", "中纺学石狮产业研究院");
		assertThat(merged.<Integer>read("$.data.mergeEntities.survivor.version")).isEqualTo(3);
		assertThat(merged.<String>read("$.data.mergeEntities.survivor.description")).isEqualTo("纺织服装产业共性技术研究");
		assertThat(count("MATCH (:Institute {id: 'inst-a'})-[r:COOPERATES_WITH]->(e) RETURN count(DISTINCT e)")).isEqualTo(2);
		assertThat(count("MATCH (:Institute {id: 'inst-a'})-[r:COOPERATES_WITH]->(:Enterprise {id: 'ent-1'}) RETURN r.projects"))
			.as("a tie the survivor had keeps its own properties").isEqualTo(3);
		assertThat(count("MATCH (:Institute {id: 'inst-a'})-[r:COOPERATES_WITH]->(:Enterprise {id: 'ent-2'}) RETURN r.projects")).isEqualTo(5);
		assertThat(count("MATCH (:Result {id: 'res-1'})-[:OWNED_BY]->(:Institute {id: 'inst-a'}) RETURN count(*)")).isEqualTo(1);
		assertThat(count("MATCH (:TestBase {id: 'base-1'})-[:OPERATED_BY {role: 'LEAD'}]->(:Institute {id: 'inst-a'}) RETURN count(*)")).isEqualTo(1);
		assertThat(count("MATCH (:Institute {id: 'inst-a'})-[:LOCATED_IN]->(d) RETURN count(d)")).isEqualTo(1);
		assertThat(count("MATCH (n:Entity {id: 'inst-b'}) RETURN count(n)")).isZero();
		assertThat(count("MATCH (n:Institute {id: 'inst-a', sourceNote: '石狮市政府网站', category: 'RESEARCH_INSTITUTE'}) RETURN count(n)"))
			.as("values the survivor lacked are taken over").isEqualTo(1);
		assertThat(http().postDocument("entity", Map.of("id", "inst-b"), null).<String>read("$.data.entity.id")).isEqualTo("inst-a");
		assertThat(count("MATCH (a:AuditEntry {action: 'MERGE'}) WHERE a.entityId IN ['inst-a', 'inst-b'] RETURN count(a)")).isEqualTo(2);
	}

	@Test
	void shouldRefuseAStaleOrUnauthorisedMergeAndChangeNothing() {
		String before = graphSnapshot();
		Reply stale = http().postDocument("mergeEntities",
				Map.of("input", Map.of("survivorId", "inst-a", "survivorVersion", 1, "mergedId", "inst-b", "mergedVersion", 1)), ADMIN);
		assertThat(stale.<String>read("$.data.mergeEntities.errors[0].field")).isEqualTo("survivorVersion");
		Reply otherKind = http().postDocument("mergeEntities",
				Map.of("input", Map.of("survivorId", "inst-a", "survivorVersion", 2, "mergedId", "ent-1", "mergedVersion", 1)), ADMIN);
		assertThat(otherKind.<String>read("$.data.mergeEntities.errors[0].message")).contains("only entities of one kind");
		Reply editor = http().postDocument("mergeEntities",
				Map.of("input", Map.of("survivorId", "inst-a", "survivorVersion", 2, "mergedId", "inst-b", "mergedVersion", 1)), EDITOR);
		assertThat(editor.<String>read("$.errors[0].extensions.classification")).isEqualTo("FORBIDDEN");
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	@Test
	void shouldWarnWhenANewInstituteLooksLikeAnExistingOne() {
		Reply created = http().postDocument("createInstitute",
				Map.of("input", Map.of("name", "中纺协石狮产业研究院", "districtCode", "350581")), EDITOR);
		assertThat(created.<List<?>>read("$.data.upsertInstitute.errors")).isEmpty();
		assertThat(created.<String>read("$.data.upsertInstitute.institute.id")).startsWith("inst-");
		assertThat(created.<List<String>>read("$.data.upsertInstitute.warnings[*].message"))
			.anySatisfy((message) -> assertThat(message).contains("inst-a").contains("same district"))
			.noneSatisfy((message) -> assertThat(message).contains("inst-c"));
		Reply unrelated = http().postDocument("createInstitute", Map.of("input", Map.of("name", "晋江鞋服智能制造实验室")), EDITOR);
		assertThat(unrelated.<List<?>>read("$.data.upsertInstitute.warnings")).isEmpty();
	}

}
