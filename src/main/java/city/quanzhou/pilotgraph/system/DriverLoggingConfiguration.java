package city.quanzhou.pilotgraph.system;

import org.neo4j.driver.Logging;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Neo4j driver logs through SLF4J, so its levels are the service's logging levels
 * ({@code logging.level.org.neo4j.driver}). Its default, the platform's {@code System.Logger}, reported its debug
 * level as enabled here, and the driver then wrote every Bolt message it sent into a string, all parameters included,
 * before the line was dropped: in a profiled import, 72 % of the driver's network thread went into printing each
 * chunk's 5,000 rows (docs/benchmarks.md).
 */
@Configuration(proxyBeanMethods = false)
class DriverLoggingConfiguration {

	@Bean
	ConfigBuilderCustomizer driverLogging() {
		return (config) -> config.withLogging(Logging.slf4j());
	}

}
