package city.quanzhou.pilotgraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import city.quanzhou.pilotgraph.PilotgraphApplication;

/**
 * The graph and the import of the chunked-import tests. The graph holds 40 enterprises in 石狮市, all active in
 * one link (so that link is the dense end of every new tie); the import adds a district, 200 enterprises and
 * their ties to that link, and changes 20 of the existing enterprises (a new description, moved to 晋江市, a
 * second link): creates, updates, relinks and new ties between existing nodes, everything an undo must put back.
 * With chunks of {@link #CHUNK_SIZE} rows it is written in 28 chunks: 1 of districts, 9 of enterprises, 9 of
 * district references and 9 of ties.
 */
final class ImportCrashFixture {

	static final int CHUNK_SIZE = 25;

	static final int CHUNKS = 28;

	static final String ENTERPRISES_HEADER = "id,name,aliases,districtCode,parkId,lead,description,source,sourceNote\n";

	private ImportCrashFixture() {
	}

	/** A service on the data directory as the import command runs it: nothing embedded, small chunks. */
	static ConfigurableApplicationContext start(String dataDirectory) {
		return new SpringApplicationBuilder(PilotgraphApplication.class).web(WebApplicationType.NONE)
			// arguments, not default properties: they must win over application.yml's environment defaults
			.run("--pilotgraph.data-dir=" + dataDirectory, "--pilotgraph.bolt-port=0", "--pilotgraph.seed=never",
					"--pilotgraph.page-cache=64m", "--pilotgraph.embedding.background=false",
					"--pilotgraph.import.chunk-size=" + CHUNK_SIZE,
					"--logging.level.org.springframework.data.neo4j.cypher.unrecognized=error");
	}

	static void createGraph(Driver driver) {
		try (Session session = driver.session()) {
			session.executeWriteWithoutResult((tx) -> tx.run("""
					CREATE (shishi:District {code: '350581', name: '石狮市'})
					CREATE (:District {code: '350582', name: '晋江市'})
					CREATE (chain:Entity:IndustryChain {id: 'chain-tx', name: '纺织服装', source: 'SYNTHETIC', version: 1})
					CREATE (dyeing:Entity:ChainLink {id: 'link-dyeing', name: '印染', stage: 'MIDSTREAM', source: 'SYNTHETIC', version: 1})
					CREATE (:Entity:ChainLink {id: 'link-fabric', name: '面料', stage: 'UPSTREAM', source: 'SYNTHETIC', version: 1})-[:PART_OF]->(chain)
					CREATE (dyeing)-[:PART_OF]->(chain)
					WITH shishi, dyeing
					UNWIND range(0, 39) AS i
					WITH shishi, dyeing, i, 'ent-old-' + right('0' + toString(i), 2) AS id
					CREATE (e:Entity:Enterprise {id: id, name: '石狮老企业' + id, description: '原有描述', source: 'SYNTHETIC',
					                             version: 3, updatedBy: 'seed', embeddingRequest: 2, aliases: ['老' + id]})
					CREATE (e)-[:LOCATED_IN]->(shishi)
					CREATE (e)-[:ACTIVE_IN]->(dyeing)
					""").consume());
			// some already wait for embedding, others not: an undo must leave both as they were
			session.executeWriteWithoutResult((tx) -> tx.run("""
					MATCH (e:Enterprise) WHERE e.id ENDS WITH '0' SET e:EmbeddingPending
					""").consume());
		}
	}

	/** The import, written into {@code directory} as the files an agency would send. */
	static Path writeImport(Path directory) {
		StringBuilder enterprises = new StringBuilder(ENTERPRISES_HEADER);
		StringBuilder links = new StringBuilder("enterpriseId,linkId\n");
		for (int i = 0; i < 20; i++) {
			String id = "ent-old-%02d".formatted(i);
			enterprises.append(id).append(",石狮老企业").append(id).append(",,350582,,,迁往晋江后的新描述,SYNTHETIC,\n");
			links.append(id).append(",link-fabric\n");
		}
		for (int i = 0; i < 200; i++) {
			String id = "ent-new-%03d".formatted(i);
			enterprises.append(id).append(",新企业").append(i).append(",,").append(i % 2 == 0 ? "350599" : "350582")
				.append(",,false,新导入的企业,SYNTHETIC,\n");
			links.append(id).append(",link-dyeing\n");
		}
		try {
			Files.createDirectories(directory);
			Files.writeString(directory.resolve("districts.csv"), "code,name\n350599,测试新区\n", StandardCharsets.UTF_8);
			Files.writeString(directory.resolve("enterprises.csv"), enterprises, StandardCharsets.UTF_8);
			Files.writeString(directory.resolve("enterprise_links.csv"), links, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return directory;
	}

	/** Nodes and ties of the import's journal; none may be left once an import is finished or undone. */
	static long journalLeft(Driver driver) {
		try (Session session = driver.session()) {
			return session.executeRead((tx) -> tx.run("""
					MATCH (n) WHERE n:ImportRun OR n:ImportUndo RETURN count(n) AS left
					""").single().get("left").asLong());
		}
	}

}
