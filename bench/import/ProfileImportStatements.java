import java.lang.reflect.Field;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * PROFILEs an import chunk's statements, the journal's and the write's, exactly as the service has them (read
 * from its compiled classes), on a loaded graph: a chunk of new enterprises (node step), their district
 * references, and their ACTIVE_IN ties to the link with the most enterprises, each statement in a transaction
 * that is rolled back afterwards. Prints the db hits of every operator and the time of each statement, so the
 * share of the journal, the MERGEs and the dense ends can be read off.
 * <p>
 * Run against a service (or its embedded database's Bolt port) holding a loaded graph, with the service's
 * classes and the driver's jars on the class path (e.g. the jar unzipped: BOOT-INF/classes and BOOT-INF/lib):
 * <pre>
 * java -cp 'x/BOOT-INF/classes:x/BOOT-INF/lib/*' bench/import/ProfileImportStatements.java bolt://127.0.0.1:7687 [rows]
 * </pre>
 */
public class ProfileImportStatements {

	static final String PACKAGE = "city.quanzhou.pilotgraph.ingest.";

	public static void main(String[] args) throws Exception {
		int size = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
		String nodes = constant("GraphWrites", "NODES");
		String toDistrict = constant("GraphWrites", "TO_DISTRICT");
		String tie = constant("DatasetWriter", "TO_ENTITY_IN_TEXT");
		String journalNodes = journal("NODES");
		String journalReference = journal("REFERENCE");
		String journalTies = journal("TIES");
		try (var driver = GraphDatabase.driver(args[0], AuthTokens.none()); var session = driver.session()) {
			var link = session.run("""
					MATCH (l:ChainLink) WITH l, COUNT { (l)<-[:ACTIVE_IN]-() } AS degree
					ORDER BY degree DESC LIMIT 1 RETURN l.id AS id, degree
					""").single();
			var district = session.run("""
					MATCH (d:District) WITH d, COUNT { (d)<-[:LOCATED_IN]-() } AS degree
					ORDER BY degree DESC LIMIT 1 RETURN d.code AS code, degree
					""").single();
			System.out.printf("graph: %d nodes; densest link %s (%d ACTIVE_IN), densest district %s (%d LOCATED_IN)%n",
					session.run("MATCH (n) RETURN count(n)").single().get(0).asLong(), link.get("id").asString(),
					link.get("degree").asLong(), district.get("code").asString(), district.get("degree").asLong());
			List<Map<String, Object>> nodeRows = new ArrayList<>();
			List<Map<String, Object>> referenceRows = new ArrayList<>();
			List<Map<String, Object>> tieRows = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				String id = "profile-ent-%06d".formatted(i);
				nodeRows.add(Map.of("id", id, "props", Map.of("name", "剖析企业" + i, "description", "用于剖析导入语句的企业",
						"source", "SYNTHETIC", "lead", false)));
				referenceRows.add(Map.of("id", id, "target", district.get("code").asString()));
				tieRows.add(Map.of("from", id, "to", link.get("id").asString()));
			}
			ZonedDateTime now = ZonedDateTime.now();
			Map<String, Object> common = Map.of("importId", "profile-import", "now", now, "by", "profiler");
			try (var tx = session.beginTransaction()) {
				profile(tx, "journal NODES", journalNodes, common, Map.of("rows", nodeRows));
				profile(tx, "write NODES", nodes, common,
						Map.of("rows", nodeRows, "label", "Enterprise", "always", false));
				profile(tx, "journal REFERENCE districtCode", journalReference, common,
						Map.of("rows", referenceRows, "type", "LOCATED_IN"));
				profile(tx, "write REFERENCE districtCode", toDistrict, common,
						Map.of("rows", referenceRows, "type", "LOCATED_IN"));
				profile(tx, "journal TIES ACTIVE_IN", journalTies, common, Map.of("rows", tieRows, "type", "ACTIVE_IN"));
				profile(tx, "write TIES ACTIVE_IN", tie, common, Map.of("rows", tieRows, "type", "ACTIVE_IN"));
				long started = System.nanoTime();
				tx.rollback();
				System.out.printf("rollback: %d ms%n", (System.nanoTime() - started) / 1_000_000);
			}
		}
	}

	static void profile(org.neo4j.driver.Transaction tx, String name, String cypher, Map<String, Object> common,
			Map<String, Object> own) {
		Map<String, Object> parameters = new HashMap<>(common);
		parameters.putAll(own);
		long started = System.nanoTime();
		var summary = tx.run("PROFILE " + cypher, parameters).consume();
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.printf("%n== %s: %d ms, %d db hits, %s%n", name, millis, total(summary.profile()), summary.counters());
		print(summary.profile(), "  ");
	}

	static String constant(String type, String name) throws Exception {
		Field field = Class.forName(PACKAGE + type).getDeclaredField(name);
		field.setAccessible(true);
		return (String) field.get(null);
	}

	static String journal(String name) throws Exception {
		Class<?> before = Class.forName(PACKAGE + "ImportJournal$Before");
		// the enum is package-private: its constants are read without calling its methods
		Object constant = java.util.Arrays.stream(before.getEnumConstants())
			.filter((value) -> ((Enum<?>) value).name().equals(name))
			.findFirst()
			.orElseThrow();
		Field field = before.getDeclaredField("cypher");
		field.setAccessible(true);
		return (String) field.get(constant);
	}

	static long total(ProfiledPlan plan) {
		return plan.dbHits() + plan.children().stream().mapToLong(ProfileImportStatements::total).sum();
	}

	static void print(ProfiledPlan plan, String indent) {
		System.out.println(indent + plan.operatorType() + " rows=" + plan.records() + " dbHits=" + plan.dbHits() + " "
				+ plan.arguments().getOrDefault("Details", org.neo4j.driver.Values.NULL).toString());
		plan.children().forEach((child) -> print(child, indent + "  "));
	}

}
