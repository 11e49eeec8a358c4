package city.quanzhou.pilotgraph.system;

import java.util.List;
import java.util.Set;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.neo4j.driver.observation.micrometer.ConnectionPoolMetricsHandler;
import org.neo4j.driver.observation.micrometer.MicrometerObservationProvider;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;

/**
 * Metrics beyond Spring Boot's defaults, all on /actuator/prometheus: GraphQL requests by operation name, the
 * Neo4j driver's connection pool (db_client_connection_*) and its Bolt exchanges, and search (in
 * SearchService). Data fetchers are timed by Spring for GraphQL itself (graphql_datafetcher_*).
 */
@Configuration(proxyBeanMethods = false)
class ObservabilityConfiguration {

	@Bean
	ConfigBuilderCustomizer driverObservations(ObservationRegistry observations) {
		return (config) -> config.withObservationProvider(MicrometerObservationProvider.builder(observations).build());
	}

	/** Turns the driver's pool observations into gauges of idle, used and pending connections and timeouts. */
	@Bean
	ConnectionPoolMetricsHandler neo4jConnectionPoolMetrics(MeterRegistry meters) {
		return new ConnectionPoolMetricsHandler(meters);
	}

	@Bean
	OperationNameConvention graphQlOperationNames(
			@Value("${pilotgraph.metrics.operation-names:}") List<String> configured) {
		return new OperationNameConvention(SavedOperations.names(configured));
	}

	/**
	 * Adds {@code graphql.operation.name} to the request metrics. Clients choose operation names, so only the
	 * names of our saved client operations ({@link SavedOperations}) and those configured in
	 * {@code pilotgraph.metrics.operation-names} are kept; anything else counts as "other", so that no client,
	 * careless or hostile, can blow up the number of time series or crowd out the real operations.
	 */
	static final class OperationNameConvention extends DefaultExecutionRequestObservationConvention {

		private final Set<String> allowed;

		OperationNameConvention(Set<String> allowed) {
			this.allowed = allowed;
		}

		@Override
		public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
			String name = context.getExecutionInput().getOperationName();
			if (name == null && context.getExecutionContext() != null) {
				// a document with one named operation need not name it again in operationName
				name = context.getExecutionContext().getOperationDefinition().getName();
			}
			return super.getLowCardinalityKeyValues(context).and(KeyValue.of("graphql.operation.name", bounded(name)));
		}

		String bounded(String name) {
			if (name == null || name.isEmpty()) {
				return "anonymous";
			}
			return this.allowed.contains(name) ? name : "other";
		}

	}

}
