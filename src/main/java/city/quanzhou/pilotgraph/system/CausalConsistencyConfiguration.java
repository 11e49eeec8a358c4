package city.quanzhou.pilotgraph.system;

import org.neo4j.driver.Driver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;

/**
 * One bookmark store per instance for every way the service reaches the database. Spring Data Neo4j looks
 * for a {@link Neo4jBookmarkManager} bean: declared, the transaction manager and {@code Neo4jClient} (both
 * Spring Boot's) share it instead of keeping one each; {@link GraphSessions} hands the same store to the
 * plain driver's sessions. Reads then follow this instance's own writes, and the writes it learnt of by
 * reading (the change log), on any member of a cluster.
 */
@Configuration(proxyBeanMethods = false)
class CausalConsistencyConfiguration {

	@Bean
	Neo4jBookmarkManager neo4jBookmarkManager() {
		return Neo4jBookmarkManager.create();
	}

	@Bean
	GraphSessions graphSessions(Driver driver, Neo4jBookmarkManager neo4jBookmarkManager) {
		return new GraphSessions(driver, neo4jBookmarkManager);
	}

}
