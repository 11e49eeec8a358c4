package city.quanzhou.pilotgraph.fuzz;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The fuzzer's judge must catch what it is there to catch, and pass ordinary refusals. */
class FuzzCampaignTests {

	@Test
	void shouldFlagServerErrorsLeaksAndInternalErrors() {
		assertThat(FuzzCampaign.problemWith(500, "{}")).isEqualTo("5xx response");
		assertThat(FuzzCampaign.problemWith(200, "{\"errors\":[{\"message\":\"java.lang.IllegalStateException: x\"}]}"))
			.isEqualTo("internal detail in the response");
		assertThat(FuzzCampaign.problemWith(200, "{\"errors\":[{\"message\":\"x\\n\\tat city.quanzhou.Foo.bar(Foo.java:3)\"}]}"))
			.isEqualTo("internal detail in the response");
		assertThat(FuzzCampaign.problemWith(200, "{\"errors\":[{\"message\":\"Neo.ClientError.Statement.SyntaxError\"}]}"))
			.isEqualTo("internal detail in the response");
		assertThat(FuzzCampaign.problemWith(200, "{\"errors\":[{\"message\":\"near MATCH (n:Entity {id: $id})\"}]}"))
			.isEqualTo("internal detail in the response");
		assertThat(FuzzCampaign.problemWith(200, "{\"errors\":[{\"extensions\":{\"classification\":\"INTERNAL_ERROR\"}}]}"))
			.isEqualTo("internal error instead of a clear refusal");
		assertThat(FuzzCampaign.problemWith(200, "<html>")).isEqualTo("not a GraphQL response");
	}

	@Test
	void shouldPassClearRefusals() {
		assertThat(FuzzCampaign.problemWith(400, "{\"errors\":[{\"message\":\"first: must be at most 100 (was 101)\","
				+ "\"extensions\":{\"classification\":\"BAD_REQUEST\",\"argument\":\"first\"}}]}")).isNull();
		assertThat(FuzzCampaign.problemWith(200, "{\"data\":{\"entity\":null}}")).isNull();
	}

}
