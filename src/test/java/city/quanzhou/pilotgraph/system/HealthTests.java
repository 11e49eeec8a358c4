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
		this.graphQl.documentName("dashboardDistricts").execute().path("districts").entityList(Object.class).hasSize(12);
		var metrics = get("/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("graphql_request_seconds").contains("graphql_datafetcher_seconds")
			.containsPattern("graphql_request_seconds_count\\{[^}]*graphql_operation_name=\"DashboardDistricts\"")
			.contains("db_client_connection_count").contains("db_client_connection_max");
	}

	@Test
	void shouldTimeSearchesAndTheirQueryEmbedding() throws Exception {
		this.graphQl.documentName("search").variable("text", "中试基地").execute().path("search").entityList(Object.class)
			.hasSizeGreaterThan(0);
		var metrics = get("/actuator/prometheus").body();
		assertThat(metrics).containsPattern("pilotgraph_search_seconds_count\\{[^}]*method=\"hybrid\"")
			.contains("pilotgraph_search_embedding_seconds_count");
	}

	@Test
	void shouldShowTheEmbeddingQueueToPrometheus() throws Exception {
		// the seed data is embedded (the base class waited for the queue): nothing pending
		var metrics = get("/actuator/prometheus").body();
		assertThat(metrics).containsPattern("(?m)^pilotgraph_embedding_pending(\\{[^}]*\\})? 0\\.0$")
			.contains("pilotgraph_embedding_rate").contains("pilotgraph_embedding_embedded_total");
	}

	private HttpResponse<String> get(String path) throws Exception {
		try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()) {
			return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
	}

}
