package city.quanzhou.pilotgraph.system;

import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

import city.quanzhou.pilotgraph.FixtureGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as it runs: its execution service makes no DataLoader before a request asks for one. Spring Boot's
 * own would fill the registry a request brings with every batch loader before the operation starts.
 */
class DataLoadersOnFirstUseWiringTests extends FixtureGraphTest {

	@Autowired
	ExecutionGraphQlService service;

	@Test
	void shouldMakeNoDataLoaderForARequestThatAsksForNone() {
		DataLoaderRegistry brought = DataLoaderRegistry.newRegistry().build();
		DefaultExecutionGraphQlRequest request = new DefaultExecutionGraphQlRequest("{ __typename }", null, null, null,
				"wiring-1", null);
		request.configureExecutionInput((input, builder) -> builder.dataLoaderRegistry(brought).build());

		ExecutionGraphQlResponse response = this.service.execute(request).block();

		assertThat(response.isValid()).isTrue();
		String typename = response.field("__typename").getValue();
		assertThat(typename).isEqualTo("Query");
		assertThat(brought.getDataLoaders()).isEmpty();
	}

}
