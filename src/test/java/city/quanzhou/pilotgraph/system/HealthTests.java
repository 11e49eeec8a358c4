package city.quanzhou.pilotgraph.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import city.quanzhou.pilotgraph.SeededGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

class HealthTests extends SeededGraphTest {

	@LocalServerPort
	int port;

	@Test
	void shouldReportReadinessIncludingTheDatabase() throws Exception {
		var readiness = get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"neo4j\"").contains("\"edition\":\"community\"").contains("\"status\":\"UP\"");
		assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
	}

	@Test
	void shouldExposeGraphQlAndDatabaseMetricsForPrometheus() throws Exception {
		this.graphQl.document("query Districts { districts { code } }").execute().path("districts").entityList(Object.class).hasSize(12);
		var metrics = get("/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("graphql_request_seconds").contains("graphql_datafetcher_seconds");
	}

	private HttpResponse<String> get(String path) throws Exception {
		try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()) {
			return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
	}

}
