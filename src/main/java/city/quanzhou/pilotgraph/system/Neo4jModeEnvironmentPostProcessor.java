package city.quanzhou.pilotgraph.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses between the embedded database and an external one before any bean exists.
 * <p>
 * Without {@code spring.neo4j.uri} the service starts Neo4j in its own process and points the ordinary
 * Bolt driver at it, so that everything above the driver is the same in both modes. Seeding defaults to
 * "if the database is empty" only in embedded mode: an external production database is never filled with
 * the sample data unless the operator asks for it ({@code PILOTGRAPH_SEED=if-empty}); nor is an embedded
 * database's panic part of its liveness.
 */
public class Neo4jModeEnvironmentPostProcessor implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("spring.neo4j.uri")) {
			if (!environment.containsProperty("pilotgraph.seed")) {
				environment.getPropertySources()
					.addLast(new MapPropertySource("pilotgraphExternalNeo4j", Map.of("pilotgraph.seed", "never")));
			}
			// No embedded database whose panic asks for a restart: the external server's health is its operator's.
			environment.getPropertySources()
				.addFirst(new MapPropertySource("pilotgraphExternalNeo4jHealth",
						Map.of("management.endpoint.health.group.liveness.include", "livenessState")));
			return;
		}
		int boltPort = environment.getProperty("pilotgraph.bolt-port", Integer.class, 7687);
		if (boltPort == 0) {
			boltPort = freeLoopbackPort();
		}
		Map<String, Object> embedded = new HashMap<>();
		embedded.put("pilotgraph.embedded", "true");
		embedded.put("pilotgraph.bolt-port", String.valueOf(boltPort));
		embedded.put("spring.neo4j.uri", "bolt://127.0.0.1:" + boltPort);
		String boltPassword = environment.getProperty("pilotgraph.bolt-password", "");
		if (!boltPassword.isEmpty()) {
			// the embedded database then requires it on Bolt (EmbeddedNeo4jConfiguration), and our driver sends it
			embedded.put("spring.neo4j.authentication.username", "neo4j");
			embedded.put("spring.neo4j.authentication.password", boltPassword);
		}
		environment.getPropertySources().addFirst(new MapPropertySource("pilotgraphEmbeddedNeo4j", embedded));
	}

	private static int freeLoopbackPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port for the embedded Bolt connector", ex);
		}
	}

}
