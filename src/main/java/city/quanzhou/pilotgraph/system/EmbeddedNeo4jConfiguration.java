package city.quanzhou.pilotgraph.system;

import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.Driver;
import org.neo4j.io.ByteUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Neo4j Community in the service's own process, reachable over Bolt on 127.0.0.1 only, with a password when
 * {@code PILOTGRAPH_BOLT_PASSWORD} is set (the prod profile requires one).
 * <p>
 * The service talks to it through the ordinary driver, exactly as it talks to an external server, so
 * this class is the only place that knows the database is embedded. Neo4j Browser or cypher-shell can
 * connect to the same port while the service runs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("pilotgraph.embedded")
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	/**
	 * An indexed look-up by a property, as start-up's first statements are. It is the change log's head (read
	 * first, see {@code ChangeLogFollower.start}) because any read serves; the text need not stay in step with it.
	 */
	private static final String WARM_UP = """
			MATCH (n:ChangeLog {name: $name}) RETURN n.seq AS seq
			""";

	@Bean
	DataDirectory dataDirectory(PilotgraphProperties properties, Environment environment) {
		return new DataDirectory(properties.dataDir(), environment);
	}

	/** Free space of the data directory against the watermark (replaces Spring Boot's diskSpace indicator). */
	@Bean
	DataDirectoryHealth dataDirectoryHealthIndicator(DataDirectory dataDirectory) {
		return new DataDirectoryHealth(dataDirectory);
	}

	/** Liveness: DOWN once the embedded database has panicked (see {@link EmbeddedNeo4jHealth}). */
	@Bean
	EmbeddedNeo4jHealth embeddedNeo4jHealthIndicator() {
		return new EmbeddedNeo4jHealth();
	}

	@Bean(destroyMethod = "")
	DatabaseManagementService embeddedNeo4j(PilotgraphProperties properties, DataDirectory dataDirectory,
			EmbeddedNeo4jHealth health, @Value("${pilotgraph.bolt-password:}") String boltPassword,
			@Value("${pilotgraph.bolt-password-required:false}") boolean boltPasswordRequired) {
		if (boltPasswordRequired && boltPassword.isEmpty()) {
			throw new IllegalStateException("PILOTGRAPH_BOLT_PASSWORD is not set, and this profile requires Bolt with a "
					+ "password (pilotgraph.bolt-password-required): any local process could otherwise read and write the graph");
		}
		if (!boltPassword.isEmpty() && boltPassword.length() < 8) {
			throw new IllegalStateException("PILOTGRAPH_BOLT_PASSWORD must have at least 8 characters (Neo4j's minimum)");
		}
		// before Neo4j touches the directory: a clear refusal instead of a spinning or half-started database
		dataDirectory.checkBeforeStart();
		var home = dataDirectory.path();
		long started = System.nanoTime();
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.boltPort()))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
			.setConfig(GraphDatabaseSettings.transaction_timeout, properties.transactionTimeout())
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, !boltPassword.isEmpty())
			// A cached plan is keyed by the sizes of the string and list parameters too, in powers of ten, so a
			// search of 18 characters did not find the plan of one of 7 and planned again (2.4 s at 1,000,000
			// nodes), and nothing planned ahead served a request whose ids were longer than the ones planned with.
			// Our statements seek by ids and indexes; no plan of theirs depends on those sizes.
			.setConfig(GraphDatabaseInternalSettings.cypher_size_hint_parameters, false)
			// Bolt's own waits on shutdown (Netty's quiet period among them) added ten idle seconds to every stop,
			// long after the driver, our only client in-process, had closed its connections
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
			.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
			.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
			.build();
		dbms.registerDatabaseEventListener(health);
		if (!boltPassword.isEmpty()) {
			// In-process calls need no credentials; Bolt clients, our own driver among them, need this password.
			dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
						java.util.Map.of("password", boltPassword));
		}
		log.info("Embedded Neo4j started in {} ms with data in {} and Bolt on 127.0.0.1:{} ({})",
				Duration.ofNanos(System.nanoTime() - started).toMillis(), home, properties.boltPort(),
				boltPassword.isEmpty() ? "no authentication" : "password required");
		warmUpCypher(dbms);
		return dbms;
	}

	/**
	 * Runs one small read beside the rest of start-up. The first statement of a fresh process loads and
	 * interprets Neo4j's whole Cypher compiler (about 3 s at L, JVM from the AOT cache), and the change log's
	 * head read before the web server starts was that first statement, on the main thread, while the second core
	 * waited. Here the compiler warms while the main thread loads the model and the GraphQL schema.
	 */
	private static void warmUpCypher(DatabaseManagementService dbms) {
		Thread.ofPlatform().name("cypher-warm-up").daemon().start(() -> {
			long started = System.nanoTime();
			try {
				dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
					.executeTransactionally(WARM_UP, java.util.Map.of("name", "graph"));
				log.debug("Cypher warmed up in {} ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
			}
			catch (RuntimeException ex) {
				// only a head start: start-up's own statements compile as they would have without it
				log.debug("Cypher warm-up did not run: {}", ex.toString());
			}
		});
	}

	/** Shuts the database down after the driver has closed (the driver depends on it), and says so. */
	@Bean
	DisposableBean embeddedNeo4jShutdown(DatabaseManagementService embeddedNeo4j) {
		return () -> {
			long started = System.nanoTime();
			embeddedNeo4j.shutdown();
			log.info("Embedded Neo4j stopped cleanly in {} ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
		};
	}

	/**
	 * The driver must not connect before the database listens, and must close before it stops: making
	 * every driver bean depend on the embedded database gives both orders.
	 */
	@Bean
	static BeanFactoryPostProcessor driverDependsOnEmbeddedNeo4j() {
		return beanFactory -> {
			for (String name : beanFactory.getBeanNamesForType(Driver.class, true, false)) {
				BeanDefinition definition = beanFactory.getBeanDefinition(name);
				definition.setDependsOn(append(definition.getDependsOn(), "embeddedNeo4jShutdown"));
			}
		};
	}

	private static String[] append(String[] existing, String name) {
		if (existing == null) {
			return new String[] { name };
		}
		String[] result = java.util.Arrays.copyOf(existing, existing.length + 1);
		result[existing.length] = name;
		return result;
	}

}
