package city.quanzhou.pilotgraph.system;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;
import org.neo4j.driver.NotificationSeverity;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ResultSummary;

import city.quanzhou.pilotgraph.FixtureGraphTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The database attaches no notifications to the service's results unless asked to
 * ({@code pilotgraph.driver.notifications}).
 */
class DriverNotificationsTests extends FixtureGraphTest {

	/** Two patterns with nothing between them: the database notes a cartesian product when notifications are on. */
	private static final String CARTESIAN = "MATCH (a:Entity {id: $id}), (b:Entity {id: $id}) RETURN count(*) AS n";

	@Test
	void shouldReceiveNoNotificationsByDefault() {
		try (Session session = this.driver.session()) {
			ResultSummary summary = session.run(CARTESIAN, Map.of("id", "none")).consume();
			assertThat(summary.notifications()).isEmpty();
		}
	}

	@Test
	void shouldTakeEachSeverityAndRefuseAnythingElseNamingTheProperty() {
		DriverNotificationsConfiguration configuration = new DriverNotificationsConfiguration();
		assertThat(minimumOf(configuration, "information")).isEqualTo(NotificationSeverity.INFORMATION);
		assertThat(minimumOf(configuration, " Warning ")).isEqualTo(NotificationSeverity.WARNING);
		assertThat(minimumOf(configuration, "off")).isEqualTo(NotificationSeverity.OFF);
		assertThatIllegalStateException().isThrownBy(() -> configuration.driverNotifications("loud"))
			.withMessageContaining("pilotgraph.driver.notifications")
			.withMessageContaining("'loud'");
	}

	private static NotificationSeverity minimumOf(DriverNotificationsConfiguration configuration, String value) {
		Config.ConfigBuilder builder = Config.builder();
		configuration.driverNotifications(value).customize(builder);
		return builder.build().minimumNotificationSeverity().orElseThrow();
	}

}
