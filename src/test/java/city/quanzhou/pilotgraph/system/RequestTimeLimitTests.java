package city.quanzhou.pilotgraph.system;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;

import reactor.core.publisher.Mono;

import city.quanzhou.pilotgraph.HttpGraphQl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A request still running at the request time limit is answered with a TIMEOUT error naming the limit, and
 * the database's transaction limit must sit below it or the service refuses to start.
 */
class RequestTimeLimitTests {

	private final RequestLimits limits = new RequestLimits();

	@Test
	void shouldAnswerARequestThatRunsPastTheLimitWithAnErrorNamingIt() {
		WebGraphQlInterceptor interceptor = this.limits.requestTimeLimit(limits(Duration.ofMillis(200)),
				properties(Duration.ofMillis(100)));
		// a chain that never answers stands for work that runs on and on
		var response = interceptor.intercept(request(HttpGraphQl.document("districts")), (request) -> Mono.never())
			.block(Duration.ofSeconds(30));
		assertThat(response.getErrors()).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(ServiceErrorType.TIMEOUT);
			assertThat(error.getMessage()).contains("pilotgraph.limits.request-time-limit");
		});
	}

	@Test
	void shouldRefuseATransactionLimitThatIsNotBelowTheRequestLimit() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.limits.requestTimeLimit(limits(Duration.ofSeconds(20)), properties(Duration.ofSeconds(20))))
			.withMessageContaining("pilotgraph.transaction-timeout");
	}

	private static RequestLimits.Limits limits(Duration requestTimeLimit) {
		return new RequestLimits.Limits(12, 1000, 20000, 30, 20, requestTimeLimit);
	}

	private static PilotgraphProperties properties(Duration transactionTimeout) {
		return new PilotgraphProperties(Path.of("./data"), 7687, false, "64m", transactionTimeout, "never");
	}

	private static WebGraphQlRequest request(String document) {
		return new WebGraphQlRequest(URI.create("http://127.0.0.1/graphql"), new HttpHeaders(), new LinkedMultiValueMap<>(),
				null, Map.of(), Map.of("query", document), "1", Locale.ROOT);
	}

}
