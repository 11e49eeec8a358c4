package city.quanzhou.pilotgraph.system;

import java.util.Locale;

import org.neo4j.driver.NotificationSeverity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which notifications the database sends with each result ({@code pilotgraph.driver.notifications}: {@code off},
 * {@code warning} or {@code information}; off by default). Nothing in the service reads them, yet the database
 * writes each one into the result's metadata and the driver decodes it on every request: the hops-only partner
 * path, for one, drew a 400-character "cartesian product" notice on every run, 2.6 % of the CPU samples of a stream
 * of such requests (docs/benchmarks.md, "Sixth round"). Turned on, they are sent again, and Spring Data Neo4j logs
 * those of the statements it runs.
 */
@Configuration(proxyBeanMethods = false)
class DriverNotificationsConfiguration {

	@Bean
	ConfigBuilderCustomizer driverNotifications(@Value("${pilotgraph.driver.notifications:off}") String minimum) {
		NotificationSeverity severity = switch (minimum.trim().toLowerCase(Locale.ROOT)) {
			case "off" -> NotificationSeverity.OFF;
			case "warning" -> NotificationSeverity.WARNING;
			case "information" -> NotificationSeverity.INFORMATION;
			default -> throw new IllegalStateException("pilotgraph.driver.notifications: '" + minimum
					+ "' is not one of off, warning, information");
		};
		return (config) -> config.withMinimumNotificationSeverity(severity);
	}

}
