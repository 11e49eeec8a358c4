package city.quanzhou.pilotgraph.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import city.quanzhou.pilotgraph.FixtureGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that names hundreds of operations first cannot take the metric tags from the real ones: only the saved
 * client operations (and configured names) get a series of their own, everything else is "other". Batch loads are
 * timed per loader.
 */
// 250 requests over HTTP
@Tag("integration")
class OperationMetricsTests extends FixtureGraphTest {

	@LocalServerPort
	int port;

	@Test
	void shouldKeepSeriesForTheSavedOperationsHoweverManyJunkNamesCameFirst() throws Exception {
		replaceGraph("CREATE (:District {code: '350582', name: '晋江市'})");
		for (int i = 0; i < 250; i++) {
			http().post("query Junk" + i + " { districts { code } }", Map.of(), null);
		}
		http().post("query DashboardDistricts { districts { code } }", Map.of(), null);
		http().post("query Suggest { districts { code } }", Map.of(), null);

		String metrics = prometheus();
		assertThat(metrics).containsPattern("graphql_request_seconds_count\\{[^}]*graphql_operation_name=\"DashboardDistricts\"")
			.containsPattern("graphql_request_seconds_count\\{[^}]*graphql_operation_name=\"Suggest\"")
			.containsPattern("graphql_request_seconds_count\\{[^}]*graphql_operation_name=\"other\"")
			.doesNotContain("Junk");
	}

	/**
	 * DataLoaders are made only for requests that ask for one (DataLoadersOnFirstUse); those made are observed as
	 * before, a timer per loader.
	 */
	@Test
	void shouldTimeTheBatchLoadsOfARequestThatAsksForThem() throws Exception {
		replaceGraph("""
				CREATE (org:Entity:Institute {id: 'inst-1', name: '研究院', source: 'SYNTHETIC'})
				CREATE (base:Entity:TestBase {id: 'base-1', name: '基地', status: 'OPERATING', source: 'SYNTHETIC'})
				CREATE (base)-[:PILOTED {year: 2024}]->(:Entity:Result {id: 'res-1', name: '成果', maturity: 'PILOT', source: 'SYNTHETIC'})-[:OWNED_BY]->(org)
				""");
		assertThat(http().postDocument("nestedTestBases", Map.of(), null).body())
			.contains("\"piloted\":[{\"year\":2024,\"result\":{\"id\":\"res-1\",\"owners\":[{\"id\":\"inst-1\"}]}}]");

		String metrics = prometheus();
		assertThat(metrics).containsPattern("graphql_dataloader_seconds_count\\{[^}]*graphql_loader_name=\"Result.owners\"[^}]*\\} [1-9]");
	}

	private String prometheus() throws Exception {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/prometheus")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
		}
	}

}
