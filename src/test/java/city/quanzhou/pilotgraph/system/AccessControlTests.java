package city.quanzhou.pilotgraph.system;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import city.quanzhou.pilotgraph.FixtureGraphTest;
import city.quanzhou.pilotgraph.HttpGraphQl.Reply;
import city.quanzhou.pilotgraph.TestJwts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees and does what: brokers' contact data only for signed-in roles, and production JWTs whose
 * {@code roles} claim grants the same rights as the local static tokens.
 */
class AccessControlTests extends FixtureGraphTest {

	@BeforeEach
	void oneBroker() {
		replaceGraph("""
				CREATE (:Entity:Broker {id: 'broker-1', name: '陈经纪', phone: '138-0000-0001', email: 'b1@example.org',
				        level: 'SENIOR', source: 'SYNTHETIC', version: 1})
				CREATE (:Entity:Institute {id: 'inst-1', name: '某研究院', source: 'SYNTHETIC', version: 1, inCity: true})
				""");
	}

	@Test
	void shouldHideBrokersContactDataFromAnonymousCallers() {
		Reply reply = http().postDocument("brokers", Map.of("first", 5), null);
		assertThat(reply.<String>read("$.data.brokers.edges[0].node.name")).isEqualTo("陈经纪");
		assertThat(reply.<Object>read("$.data.brokers.edges[0].node.phone")).isNull();
		assertThat(reply.<List<String>>read("$.errors[*].extensions.classification")).containsOnly("UNAUTHORIZED");
		assertThat(reply.body()).doesNotContain("138-0000-0001").doesNotContain("b1@example.org");
	}

	@Test
	void shouldShowBrokersContactDataToPlanners() {
		Reply reply = http().postDocument("brokers", Map.of("first", 5), PLANNER);
		assertThat(reply.<String>read("$.data.brokers.edges[0].node.phone")).isEqualTo("138-0000-0001");
		assertThat(reply.body()).doesNotContain("\"errors\"");
	}

	@Test
	void shouldAcceptAJwtWhoseRolesClaimGrantsWriting() {
		String token = TestJwts.token("editor@bureau", List.of("EDITOR"));
		Reply reply = http().postDocument("upsertInstitute", Map.of("input", Map.of("name", "新研究院", "inCity", true)), token);
		assertThat(reply.<List<?>>read("$.data.upsertInstitute.errors")).isEmpty();
		assertThat(reply.<String>read("$.data.upsertInstitute.institute.updatedBy")).isEqualTo("editor@bureau");
	}

	@Test
	void shouldForbidWritingWithAJwtWithoutTheRole() {
		String before = graphSnapshot();
		String token = TestJwts.token("broker@agency", List.of("BROKER"));
		Reply reply = http().postDocument("upsertInstitute", Map.of("input", Map.of("name", "新研究院")), token);
		assertThat(reply.<String>read("$.errors[0].extensions.classification")).isEqualTo("FORBIDDEN");
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	@Test
	void shouldRefuseAJwtSignedByAnotherKey() {
		String forged = TestJwts.token("x", List.of("ADMIN"));
		String tampered = forged.substring(0, forged.lastIndexOf('.') + 1) + "AAAA" + forged.substring(forged.lastIndexOf('.') + 5);
		assertThat(http().postDocument("brokers", Map.of("first", 5), tampered).status()).isEqualTo(401);
	}

}
