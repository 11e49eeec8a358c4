package city.quanzhou.pilotgraph.system;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitFilterTests {

	// one request per hour after a burst of two: refills cannot happen within a test
	private final RateLimitFilter filter = new RateLimitFilter(1.0 / 3600, 2);

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

}
