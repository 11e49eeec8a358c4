package city.quanzhou.pilotgraph.review;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import city.quanzhou.pilotgraph.HttpGraphQl;
import city.quanzhou.pilotgraph.HttpGraphQl.Reply;
import city.quanzhou.pilotgraph.TestGraphs;
import city.quanzhou.pilotgraph.TestJwts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four-eyes rule compares people, not the names shown for them: with tokens from the issuer, a reviewer
 * who shares an editor's display name may approve that editor's proposal, and the editor cannot approve their
 * own under another name.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pilotgraph.bolt-port=0", "pilotgraph.seed=never", "pilotgraph.page-cache=32m",
			"pilotgraph.review.required=true", "pilotgraph.transaction-timeout=90s",
			"pilotgraph.limits.request-time-limit=120s", "pilotgraph.rate-limit.per-second=1000000",
			"pilotgraph.rate-limit.burst=1000000",
			"spring.neo4j.pool.connection-acquisition-timeout=120s" })
class FourEyesTests {

	private static final String EDITOR = TestJwts.token("wang.editor@bureau", List.of("EDITOR"), Map.of("name", "王明"));

	private static final String NAMESAKE_REVIEWER = TestJwts.token("wang.reviewer@bureau", List.of("REVIEWER"),
			Map.of("name", "王明"));

	private static final String EDITOR_RENAMED_AS_REVIEWER = TestJwts.token("wang.editor@bureau", List.of("REVIEWER"),
			Map.of("name", "王明（审核）"));

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@DynamicPropertySource
	static void ownDatabaseAndIssuer(DynamicPropertyRegistry registry) {
		registry.add("pilotgraph.data-dir", () -> TestGraphs.directory("four-eyes"));
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestJwts::publicKeyLocation);
	}

	@BeforeEach
	void emptyGraph() {
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> tx.run("MATCH (n) WHERE NOT n:__Neo4jMigration DETACH DELETE n").consume());
		}
	}

	private String propose(String name) {
		Reply proposed = new HttpGraphQl(this.port).postDocument("proposeInstitute",
				Map.of("input", Map.of("name", name, "inCity", true)), EDITOR);
		assertThat(proposed.<List<?>>read("$.data.upsertInstitute.errors")).isEmpty();
		assertThat(proposed.<String>read("$.data.upsertInstitute.proposal.proposer")).isEqualTo("王明");
		return proposed.read("$.data.upsertInstitute.proposal.id");
	}

	private Reply approve(String id, String token) {
		return new HttpGraphQl(this.port).postDocument("approveProposal", Map.of("input", Map.of("id", id)), token);
	}

	@Test
	void shouldLetANamesakeReviewerApprove() {
		Reply approved = approve(propose("泉州某新材料研究院"), NAMESAKE_REVIEWER);
		assertThat(approved.<List<?>>read("$.data.approveProposal.errors")).isEmpty();
		assertThat(approved.<String>read("$.data.approveProposal.proposal.status")).isEqualTo("APPROVED");
	}

	@Test
	void shouldRefuseTheProposersOwnApprovalUnderAnotherName() {
		String id = propose("泉州某光电研究院");
		Reply refused = approve(id, EDITOR_RENAMED_AS_REVIEWER);
		assertThat(refused.<String>read("$.data.approveProposal.errors[0].field")).isEqualTo("id");
		assertThat(refused.<String>read("$.data.approveProposal.errors[0].message")).contains("you proposed " + id + " yourself");
		try (Session session = this.driver.session()) {
			long pending = session.executeRead((tx) -> tx.run("MATCH (p:Proposal {status: 'PENDING'}) RETURN count(p)")
				.single().get(0).asLong());
			assertThat(pending).isOne();
		}
	}

}
