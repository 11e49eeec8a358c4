package city.quanzhou.pilotgraph.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import city.quanzhou.pilotgraph.HttpGraphQl.Reply;
import city.quanzhou.pilotgraph.ReviewedGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where review is required, an editor's write is a proposal: it changes no query or count until a reviewer
 * approves it, approving applies it with the checks of a direct write (a stale one is refused), and the audit
 * log names the proposer and the reviewer.
 */
class ReviewTests extends ReviewedGraphTest {

	@BeforeEach
	void smallGraph() {
		replaceGraph("""
				CREATE (:District {code: '350582', name: '晋江市'})
				CREATE (chain:Entity:IndustryChain {id: 'chain-ne', name: '新能源', source: 'SYNTHETIC', version: 1})
				CREATE (cell:Entity:ChainLink {id: 'link-cell', name: '电芯制造', stage: 'MIDSTREAM', source: 'SYNTHETIC', version: 1})-[:PART_OF]->(chain)
				CREATE (:Entity:ChainLink {id: 'link-bms', name: '电池管理系统', stage: 'MIDSTREAM', source: 'SYNTHETIC', version: 1})-[:PART_OF]->(chain)
				CREATE (lab:Entity:Institute {id: 'inst-lab', name: '某储能实验室', source: 'SYNTHETIC', version: 1, inCity: true})
				CREATE (base:Entity:TestBase {id: 'base-old', name: '既有中试基地', status: 'OPERATING', openToPublic: true,
				        services: ['PILOT_MATURATION'], source: 'SYNTHETIC', version: 3})
				CREATE (base)-[:OPERATED_BY {role: 'LEAD'}]->(lab)
				CREATE (base)-[:COVERS]->(cell)
				""");
	}

	private static Map<String, Object> newBase() {
		Map<String, Object> input = new HashMap<>();
		input.put("name", "晋江电池管理系统中试基地");
		input.put("status", "OPERATING");
		input.put("openToPublic", true);
		input.put("services", List.of("PILOT_MATURATION"));
		input.put("districtCode", "350582");
		input.put("coversLinkIds", List.of("link-bms"));
		input.put("operatorIds", List.of("inst-lab"));
		return input;
	}

	private Reply post(String document, Map<String, Object> variables, String token) {
		return http().postDocument(document, variables, token);
	}

	private int coveredLinks() {
		return post("chainCoverage", Map.of("chainId", "chain-ne"), null).read("$.data.chainCoverage[0].coveredLinkCount");
	}

	private Reply review(String mutation, String id, String comment, String token) {
		Map<String, Object> input = new HashMap<>();
		input.put("id", id);
		input.put("comment", comment);
		return post(mutation, Map.of("input", input), token);
	}

	@Test
	void shouldKeepAnEditorsNewBaseOutOfChainCoverageUntilAReviewerApprovesItAndAuditBoth() {
		assertThat(coveredLinks()).isEqualTo(1);
		Reply proposed = post("proposeTestBase", Map.of("input", newBase()), EDITOR);
		assertThat(proposed.<List<?>>read("$.data.upsertTestBase.errors")).isEmpty();
		assertThat(proposed.<Object>read("$.data.upsertTestBase.base")).isNull();
		assertThat(proposed.<String>read("$.data.upsertTestBase.proposal.status")).isEqualTo("PENDING");
		assertThat(proposed.<String>read("$.data.upsertTestBase.proposal.action")).isEqualTo("CREATE");
		assertThat(proposed.<String>read("$.data.upsertTestBase.proposal.kind")).isEqualTo("TEST_BASE");
		assertThat(proposed.<String>read("$.data.upsertTestBase.proposal.proposer")).isEqualTo("王编辑");
		String proposalId = proposed.read("$.data.upsertTestBase.proposal.id");

		assertThat(coveredLinks()).as("a pending proposal counts nowhere").isEqualTo(1);
		assertThat(count("MATCH (b:TestBase) RETURN count(b)")).isEqualTo(1);
		assertThat(count("MATCH (c:Change) RETURN count(c)")).as("nothing announced").isZero();
		Reply mine = post("proposals", Map.of("status", "PENDING"), EDITOR);
		assertThat(mine.<List<String>>read("$.data.proposals.edges[*].node.id")).containsExactly(proposalId);
		assertThat(post("proposals", Map.of("status", "PENDING"), OTHER_EDITOR).<Integer>read("$.data.proposals.totalCount"))
			.as("another editor sees only their own").isZero();

		Reply approved = review("approveProposal", proposalId, "核实无误", REVIEWER);
		assertThat(approved.<List<?>>read("$.data.approveProposal.errors")).isEmpty();
		assertThat(approved.<String>read("$.data.approveProposal.proposal.status")).isEqualTo("APPROVED");
		assertThat(approved.<String>read("$.data.approveProposal.proposal.reviewer")).isEqualTo("李审核");
		String baseId = approved.read("$.data.approveProposal.proposal.entityId");
		assertThat(baseId).startsWith("base-");

		assertThat(coveredLinks()).isEqualTo(2);
		assertThat(count("MATCH (c:Change) RETURN count(c)")).as("the applied change is announced").isEqualTo(1);
		Reply audit = post("auditLogOfEntity", Map.of("entityId", baseId), ADMIN);
		assertThat(audit.<List<String>>read("$.data.auditLog.edges[*].node.actor")).containsExactly("王编辑");
		assertThat(audit.<List<String>>read("$.data.auditLog.edges[*].node.reviewer")).containsExactly("李审核");
		assertThat(post("proposals", Map.of("status", "PENDING"), REVIEWER).<Integer>read("$.data.proposals.totalCount"))
			.isZero();
	}

	@Test
	void shouldRefuseAStaleProposalNamingTheVersionAndKeepItPending() {
		Map<String, Object> update = newBase();
		update.put("id", "base-old");
		update.put("version", 3);
		update.put("name", "既有中试基地（扩建）");
		String proposalId = post("proposeTestBase", Map.of("input", update), EDITOR)
			.read("$.data.upsertTestBase.proposal.id");
		Map<String, Object> meanwhile = newBase();
		meanwhile.put("id", "base-old");
		meanwhile.put("version", 3);
		meanwhile.put("name", "既有中试基地（管理员改）");
		assertThat(post("proposeTestBase", Map.of("input", meanwhile), ADMIN).<Integer>read("$.data.upsertTestBase.base.version"))
			.as("an admin's write applies at once").isEqualTo(4);

		Reply stale = review("approveProposal", proposalId, null, REVIEWER);
		assertThat(stale.<String>read("$.data.approveProposal.errors[0].field")).isEqualTo("version");
		assertThat(stale.<String>read("$.data.approveProposal.errors[0].message"))
			.contains("can no longer be applied").contains("is 3 but base-old is now at version 4");
		assertThat(count("MATCH (b:TestBase {id: 'base-old', name: '既有中试基地（管理员改）', version: 4}) RETURN count(b)")).isEqualTo(1);
		assertThat(count("MATCH (p:Proposal {id: $id, status: 'PENDING'}) WHERE p.reviewLock IS NULL RETURN count(p)",
				Map.of("id", proposalId))).isEqualTo(1);
	}

	@Test
	void shouldRejectOnlyWithAReasonAndWriteNothing() {
		String proposalId = post("proposeTestBase", Map.of("input", newBase()), EDITOR).read("$.data.upsertTestBase.proposal.id");
		Reply noReason = review("rejectProposal", proposalId, " ", REVIEWER);
		assertThat(noReason.<String>read("$.data.rejectProposal.errors[0].field")).isEqualTo("comment");
		Reply rejected = review("rejectProposal", proposalId, "名称与既有基地重复，请核实", REVIEWER);
		assertThat(rejected.<String>read("$.data.rejectProposal.proposal.status")).isEqualTo("REJECTED");
		assertThat(rejected.<String>read("$.data.rejectProposal.proposal.comment")).isEqualTo("名称与既有基地重复，请核实");
		assertThat(count("MATCH (b:TestBase) RETURN count(b)")).isEqualTo(1);
		Reply again = review("approveProposal", proposalId, null, REVIEWER);
		assertThat(again.<String>read("$.data.approveProposal.errors[0].message")).contains("already rejected by 李审核");
		assertThat(count("MATCH (b:TestBase) RETURN count(b)")).isEqualTo(1);
	}

	@Test
	void shouldNotLetAnEditorReviewNorAProposerApproveTheirOwnChange() {
		String proposalId = post("proposeTestBase", Map.of("input", newBase()), EDITOR).read("$.data.upsertTestBase.proposal.id");
		Reply byEditor = review("approveProposal", proposalId, null, OTHER_EDITOR);
		assertThat(byEditor.<String>read("$.errors[0].extensions.classification")).isEqualTo("FORBIDDEN");
		Reply ownChange = review("approveProposal", proposalId, null, EDITOR_AS_REVIEWER);
		assertThat(ownChange.<String>read("$.data.approveProposal.errors[0].message")).contains("another reviewer");
		assertThat(count("MATCH (b:TestBase) RETURN count(b)")).isEqualTo(1);
	}

	@Test
	void shouldRefuseAnInvalidChangeAtOnceWithoutStoringAProposal() {
		Map<String, Object> input = newBase();
		input.put("districtCode", "999999");
		Reply refused = post("proposeTestBase", Map.of("input", input), EDITOR);
		assertThat(refused.<String>read("$.data.upsertTestBase.errors[0].field")).isEqualTo("districtCode");
		assertThat(refused.<Object>read("$.data.upsertTestBase.proposal")).isNull();
		assertThat(count("MATCH (p:Proposal) RETURN count(p)")).isZero();
	}

	@Test
	void shouldApplyAProposedResultWithItsDateAsProposed() {
		Map<String, Object> result = new HashMap<>();
		result.put("name", "储能电芯热失控预警技术");
		result.put("maturity", "BENCH");
		result.put("needsPilot", true);
		result.put("publishedOn", "2025-03-01");
		result.put("ownerIds", List.of("inst-lab"));
		result.put("chainLinkIds", List.of("link-cell"));
		Reply proposed = post("proposeResult", Map.of("input", result), EDITOR);
		assertThat(proposed.<String>read("$.data.upsertResult.proposal.status")).isEqualTo("PENDING");
		Reply approved = review("approveProposal", proposed.read("$.data.upsertResult.proposal.id"), null, REVIEWER);
		assertThat(approved.<List<?>>read("$.data.approveProposal.errors")).isEmpty();
		assertThat(count("MATCH (r:Result {name: '储能电芯热失控预警技术'})-[:OWNED_BY]->(:Institute {id: 'inst-lab'}) "
				+ "WHERE r.publishedOn = date('2025-03-01') RETURN count(r)")).isEqualTo(1);
	}

	@Test
	void shouldHoldDeletesAndTiesForReviewToo() {
		Reply delete = post("proposeDelete", Map.of("input", Map.of("id", "base-old", "version", 3, "force", true)), EDITOR);
		assertThat(delete.<String>read("$.data.deleteEntity.proposal.kind")).isEqualTo("TEST_BASE");
		assertThat(delete.<String>read("$.data.deleteEntity.proposal.entityName")).isEqualTo("既有中试基地");
		Reply link = post("proposeLink", Map.of("input", Map.of("type", "COVERS", "fromId", "base-old", "toId", "link-bms")), EDITOR);
		assertThat(link.<String>read("$.data.linkEntities.proposal.action")).isEqualTo("LINK");
		assertThat(count("MATCH (b:TestBase {id: 'base-old'})-[:COVERS]->(l) RETURN count(l)")).isEqualTo(1);

		Reply linked = review("approveProposal", link.read("$.data.linkEntities.proposal.id"), null, REVIEWER);
		assertThat(linked.<List<?>>read("$.data.approveProposal.errors")).isEmpty();
		assertThat(count("MATCH (b:TestBase {id: 'base-old'})-[:COVERS]->(l) RETURN count(l)")).isEqualTo(2);
		Reply deleted = review("approveProposal", delete.read("$.data.deleteEntity.proposal.id"), "已停运", ADMIN);
		assertThat(deleted.<List<?>>read("$.data.approveProposal.errors")).isEmpty();
		assertThat(count("MATCH (b:TestBase {id: 'base-old'}) RETURN count(b)")).isZero();
		assertThat(count("MATCH (a:AuditEntry {entityId: 'base-old', action: 'DELETE', actor: '王编辑', reviewer: '赵管理'}) RETURN count(a)"))
			.isEqualTo(1);
	}

}
