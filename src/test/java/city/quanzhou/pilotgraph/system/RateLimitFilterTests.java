package city.quanzhou.pilotgraph.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The budget arithmetic and the choice of key; the limits against the running service are in {@link RateLimitTests}. */
class RateLimitFilterTests {

	// one request per hour after a burst of two: refills cannot happen within a test
	private final ClientBudgets budgets = new ClientBudgets(new ClientBudgets.Limits(1.0 / 3600, 2, 1, 1, List.of()));

	private final RateLimitFilter filter = new RateLimitFilter(this.budgets, new ClientKeys(List.of()));

	private MockHttpServletResponse send(String client) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
		request.setRequestURI("/graphql");
		request.setRemoteAddr(client);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

	@Test
	void shouldAnswerAClientOverItsLimitWithAClearErrorAtOnce() throws Exception {
		assertThat(send("10.0.0.1").getStatus()).isEqualTo(200);
		assertThat(send("10.0.0.1").getStatus()).isEqualTo(200);
		MockHttpServletResponse refused = send("10.0.0.1");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
		assertThat(refused.getContentAsString()).contains("rate limit").contains("pilotgraph.rate-limit")
			.contains("RATE_LIMITED");
	}

	@Test
	void shouldLimitEachClientOnItsOwn() throws Exception {
		send("10.0.0.1");
		send("10.0.0.1");
		assertThat(send("10.0.0.1").getStatus()).isEqualTo(429);
		assertThat(send("10.0.0.2").getStatus()).isEqualTo(200);
	}

	@Test
	void shouldRefuseASecondRequestInFlightAndGiveThePlaceBackWhenTheFirstEnds() {
		ClientBudgets roomy = new ClientBudgets(new ClientBudgets.Limits(1000, 1000, 1, 1, List.of()));
		try (ClientBudgets.Admission first = roomy.admit("address:10.0.0.1")) {
			assertThat(first.admitted()).isTrue();
			ClientBudgets.Admission second = roomy.admit("address:10.0.0.1");
			assertThat(second.admitted()).isFalse();
			assertThat(second.refusal()).contains("pilotgraph.rate-limit.max-in-flight");
		}
		assertThat(roomy.admit("address:10.0.0.1").admitted()).isTrue();
	}

	@Test
	void shouldBelieveForwardedForOnlyFromTrustedProxies() {
		ClientKeys keys = new ClientKeys(List.of("10.1.0.0/16", "192.168.7.7"));
		assertThat(keys.addressOf("10.1.2.3", "203.0.113.9")).as("from a trusted proxy").isEqualTo("203.0.113.9");
		assertThat(keys.addressOf("10.1.2.3", "198.51.100.1, 203.0.113.9, 192.168.7.7"))
			.as("the right-most hop that is not a proxy of ours").isEqualTo("203.0.113.9");
		assertThat(keys.addressOf("203.0.113.50", "198.51.100.1")).as("from anyone else").isEqualTo("203.0.113.50");
		assertThat(keys.addressOf("10.2.0.1", "198.51.100.1")).as("outside the block").isEqualTo("10.2.0.1");
	}

}
