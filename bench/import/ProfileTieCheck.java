import java.util.List;
import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * PROFILEs the import's tie statement (DatasetWriter.TO_ENTITY_IN_TEXT, up to its queueing) for one new ACTIVE_IN
 * tie from an enterprise to the link with the most enterprises and to the one with the fewest, each in a
 * transaction rolled back: equal db hits mean the check for an existing tie does not scan the dense end.
 * <p>
 * Run against a service (or its embedded database's Bolt port) holding a loaded graph, with the driver's jars on
 * the class path (e.g. unzipped from the service jar's BOOT-INF/lib):
 * <pre>
 * java -cp 'lib/*' bench/import/ProfileTieCheck.java bolt://127.0.0.1:7687
 * </pre>
 */
public class ProfileTieCheck {

	static final String TIE = """
			PROFILE
			UNWIND $rows AS row
			MATCH (a:Entity {id: row.from})
			MATCH (b:Entity {id: row.to})
			OPTIONAL MATCH (a)-[existing:$($type)]->(b)
			MERGE (a)-[tie:$($type)]->(b)
			SET tie += coalesce(row.props, {})
			""";

	public static void main(String[] args) {
		try (var driver = GraphDatabase.driver(args[0], AuthTokens.none()); var session = driver.session()) {
			var degrees = session.run("""
					MATCH (l:ChainLink) WITH l, COUNT { (l)<-[:ACTIVE_IN]-() } AS degree
					ORDER BY degree DESC RETURN l.id AS id, degree
					""").list();
			var dense = degrees.getFirst();
			var sparse = degrees.getLast();
			String enterprise = session.run("MATCH (e:Enterprise) WHERE COUNT { (e)-[:ACTIVE_IN]->() } > 0 RETURN e.id AS id LIMIT 1").single().get("id").asString();
			for (var link : List.of(dense, sparse)) {
				try (var tx = session.beginTransaction()) {
					var result = tx.run(TIE, Map.of("type", "ACTIVE_IN", "rows",
							List.of(Map.of("from", enterprise, "to", link.get("id").asString()))));
					var summary = result.consume();
					System.out.printf("link %s with %d ACTIVE_IN: %d db hits%n", link.get("id").asString(),
							link.get("degree").asLong(), total(summary.profile()));
					print(summary.profile(), "  ");
					tx.rollback();
				}
			}
		}
	}

	static long total(ProfiledPlan plan) {
		return plan.dbHits() + plan.children().stream().mapToLong(ProfileTieCheck::total).sum();
	}

	static void print(ProfiledPlan plan, String indent) {
		System.out.println(indent + plan.operatorType() + " dbHits=" + plan.dbHits() + " " + plan.identifiers());
		plan.children().forEach((child) -> print(child, indent + "  "));
	}

}
