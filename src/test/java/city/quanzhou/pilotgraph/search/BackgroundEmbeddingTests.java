package city.quanzhou.pilotgraph.search;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import reactor.core.Disposable;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.springframework.graphql.test.tester.GraphQlTester;

import city.quanzhou.pilotgraph.PilotgraphApplication;
import city.quanzhou.pilotgraph.TestGraphs;
import city.quanzhou.pilotgraph.ingest.DatasetImporter;
import city.quanzhou.pilotgraph.ingest.ImportReport;
import city.quanzhou.pilotgraph.live.Change;
import city.quanzhou.pilotgraph.live.ChangePublisher;
import city.quanzhou.pilotgraph.live.ChangeType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedding queue against a real embedded database across service restarts: an import answers (and is
 * announced) once its graph has committed, its entities are found by their words at once and by meaning once
 * the background job has embedded them, the queue outlives the service that filled it, and a re-import of the
 * same files queues nothing. Each service here is started on purpose, some with the job off (as the import
 * command runs), so that what is still queued at a given moment is known without any timing.
 */
@Tag("integration")
class BackgroundEmbeddingTests {

	private static final String BASES = "id,name,aliases,status,openToPublic,services,recognition,operatingModel,"
			+ "districtCode,parkId,establishedYear,equipmentValue,description,source,sourceNote\n"
			+ "base-dye,石狮印染中试平台,印染平台,OPERATING,true,PILOT_MATURATION,REGISTERED,OTHER,350581,,2021,900,"
			+ "超临界二氧化碳无水染色工艺的放大验证与中试,SYNTHETIC,test\n"
			+ "base-fabric,石狮面料检测平台,,OPERATING,true,TESTING_CERTIFICATION,REGISTERED,OTHER,350581,,2020,300,"
			+ "功能性面料色牢度与安全性能检测,SYNTHETIC,test\n";

	private static final String COVERS = "baseId,linkId\nbase-dye,link-dyeing\nbase-fabric,link-dyeing\n";

	@Test
	void shouldAnswerAnImportAtOnceAndEmbedItInTheBackgroundAfterARestart() throws Exception {
		String directory = TestGraphs.directory("background-embedding");
		List<Change> announced = new CopyOnWriteArrayList<>();
		// the job is off here, as in the import command: whatever the import queued is still queued below
		try (ConfigurableApplicationContext service = start(directory, false)) {
			fixture(service);
			Disposable subscription = service.getBean(ChangePublisher.class).changes(java.util.Set.of()).subscribe(announced::add);
			ImportReport report = service.getBean(DatasetImporter.class).importFiles(files(), false, "tester");
			// announced by the change log's follower, which reads what the import appended in its transaction
			await().atMost(Duration.ofSeconds(30)).until(() -> !announced.isEmpty());
			subscription.dispose();

			assertThat(report.problems()).isEmpty();
			assertThat(report.created()).isEqualTo(2);
			assertThat(announced).extracting(Change::type).containsExactly(ChangeType.IMPORTED);
			GraphQlTester graphQl = graphQl(service);
			graphQl.documentName("embeddingStatus").execute()
				.path("embeddingStatus.pending").entity(Integer.class).isEqualTo(4)
				.path("embeddingStatus.done").entity(Integer.class).isEqualTo(0)
				.path("embeddingStatus.eta").valueIsNull();
			// by the exact name and by words, before any embedding, and saying so
			graphQl.documentName("search").variable("first", 10).variable("text", "石狮印染中试平台").execute()
				.path("search[0].entity.id").entity(String.class).isEqualTo("base-dye")
				.path("search[0].embedded").entity(Boolean.class).isEqualTo(false);
			graphQl.documentName("search").variable("first", 10).variable("text", "色牢度检测").execute()
				.path("search[*].entity.id").entityList(String.class).contains("base-fabric");
			assertThat(vectorHits(service, "超临界二氧化碳染色")).doesNotContain("base-dye");
		}

		try (ConfigurableApplicationContext service = start(directory, true)) {
			EmbeddingJob job = service.getBean(EmbeddingJob.class);
			job.awaitIdle(Duration.ofMinutes(5));

			assertThat(job.embeddedCount()).isEqualTo(4);
			assertThat(vectorHits(service, "超临界二氧化碳染色")).contains("base-dye");
			GraphQlTester graphQl = graphQl(service);
			graphQl.documentName("search").variable("first", 10).variable("text", "石狮印染中试平台").execute()
				.path("search[0].entity.id").entity(String.class).isEqualTo("base-dye")
				.path("search[0].embedded").entity(Boolean.class).isEqualTo(true);
			graphQl.documentName("embeddingStatus").execute()
				.path("embeddingStatus.pending").entity(Integer.class).isEqualTo(0)
				.path("embeddingStatus.done").entity(Integer.class).isEqualTo(4)
				.path("embeddingStatus.eta").valueIsNull()
				.path("embeddingStatus.perSecond").entity(Double.class).satisfies((rate) -> assertThat(rate).isPositive());

			ImportReport again = service.getBean(DatasetImporter.class).importFiles(files(), false, "tester");
			assertThat(again.created()).isZero();
			assertThat(again.updated()).isZero();
			assertThat(count(service, "MATCH (n:EmbeddingPending) RETURN count(n)")).isZero();
			job.awaitIdle(Duration.ofMinutes(5));
			// the job took nothing off the queue: nothing was put on it
			assertThat(job.embeddedCount()).isEqualTo(4);
			assertThat(job.skippedCount()).isZero();
		}
	}

	@Test
	void shouldWaitWhileHeldAndEmbedWhatAnImportQueuedOnceReleased() throws Exception {
		String directory = TestGraphs.directory("background-embedding-hold");
		try (ConfigurableApplicationContext service = start(directory, true)) {
			fixture(service);
			EmbeddingJob job = service.getBean(EmbeddingJob.class);
			job.awaitIdle(Duration.ofMinutes(5));
			long before = job.embeddedCount() + job.skippedCount();
			long queued;
			// held as an import holds it (the import below takes and releases a hold of its own as well)
			try (EmbeddingJob.Hold held = job.hold()) {
				ImportReport report = service.getBean(DatasetImporter.class).importFiles(files(), false, "tester");
				assertThat(report.created()).isEqualTo(2);
				// woken by the import, the job waits for the hold without taking anything off the queue
				await().atMost(Duration.ofSeconds(30)).until(job::isWaitingOnHold);
				queued = count(service, "MATCH (n:EmbeddingPending) RETURN count(n)");
				assertThat(queued).isPositive();
				assertThat(job.embeddedCount() + job.skippedCount()).isEqualTo(before);
			}
			job.awaitIdle(Duration.ofMinutes(5));
			assertThat(count(service, "MATCH (n:EmbeddingPending) RETURN count(n)")).isZero();
			assertThat(job.embeddedCount() + job.skippedCount()).isEqualTo(before + queued);
			assertThat(vectorHits(service, "超临界二氧化碳染色")).contains("base-dye");
		}
	}

	@Test
	void shouldResumeWhereItStoppedWhenTheServiceStopsWithWorkQueued() throws Exception {
		String directory = TestGraphs.directory("background-embedding-resume");
		int enterprises = 300;
		try (ConfigurableApplicationContext service = start(directory, true)) {
			fixture(service);
			StringBuilder csv = new StringBuilder("id,name,aliases,districtCode,parkId,lead,description,source,sourceNote\n");
			for (int i = 0; i < enterprises; i++) {
				csv.append("ent-%03d,石狮测试%03d印染有限公司,,350581,,false,从事面料印染与后整理。,SYNTHETIC,test%n".formatted(i, i));
			}
			ImportReport report = service.getBean(DatasetImporter.class)
				.importFiles(files("enterprises.csv", csv.toString()), false, "tester");
			assertThat(report.created()).isEqualTo(enterprises);
			// closing now stops the job wherever it is
		}
		try (ConfigurableApplicationContext service = start(directory, false)) {
			// ready with work queued: start-up does not embed
			assertThat(service.getBean(ApplicationAvailability.class).getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
			// nothing was lost on the way: every enterprise is embedded or still queued
			assertThat(count(service, """
					MATCH (n:Enterprise) WHERE n:EmbeddingPending OR (n.embedding IS NOT NULL AND n.embeddingHash IS NOT NULL)
					RETURN count(n)""")).isEqualTo(enterprises);
		}
		try (ConfigurableApplicationContext service = start(directory, true)) {
			service.getBean(EmbeddingJob.class).awaitIdle(Duration.ofMinutes(10));
			assertThat(count(service, "MATCH (n:EmbeddingPending) RETURN count(n)")).isZero();
			assertThat(count(service, "MATCH (n:Enterprise) WHERE n.embedding IS NOT NULL RETURN count(n)")).isEqualTo(enterprises);
		}
	}

	@Test
	void shouldSearchByWordsWhileTheVectorIndexIsNotOnlineAndByMeaningOnceItIs() throws Exception {
		String directory = TestGraphs.directory("background-embedding-index");
		try (ConfigurableApplicationContext service = start(directory, true)) {
			fixture(service);
			// a demand on the dyeing link and a result applying to it: a solver by its link, whatever the index does
			run(service, """
					MATCH (link:ChainLink {id: 'link-dyeing'})
					CREATE (:Entity:Demand {id: 'dem-dye', name: '无水染色工艺放大', description: '寻求超临界二氧化碳无水染色的中试放大方案',
					  source: 'SYNTHETIC', version: 1})-[:ON_LINK]->(link)
					CREATE (:Entity:Result {id: 'res-dye', name: '超临界二氧化碳无水染色技术', maturity: 'BENCH', needsPilot: true,
					  source: 'SYNTHETIC', version: 1})-[:APPLIES_TO]->(link)""");
			run(service, "MATCH (n:Entity) WHERE n.id IN ['dem-dye', 'res-dye'] " + EmbeddingQueue.MARK);
			service.getBean(DatasetImporter.class).importFiles(files(), false, "tester");
			service.getBean(EmbeddingJob.class).awaitIdle(Duration.ofMinutes(5));
			VectorIndexState index = service.getBean(VectorIndexState.class);
			GraphQlTester graphQl = graphQl(service);
			assertThat(index.online()).isTrue();
			assertThat(searchMethods(graphQl, "超临界二氧化碳染色", "base-dye")).contains("MEANING");

			// as after an upgrade whose migration builds the index anew, which a query by meaning would wait for
			run(service, "DROP INDEX entity_embedding");
			index.run();
			assertThat(index.online()).isFalse();
			graphQl.document("{ embeddingStatus { index { state populated } } }").execute()
				.path("embeddingStatus.index.state").entity(String.class).isEqualTo("MISSING")
				.path("embeddingStatus.index.populated").entity(Double.class).isEqualTo(0.0);
			assertThat(searchMethods(graphQl, "超临界二氧化碳染色", "base-dye")).contains("WORDS").doesNotContain("MEANING");
			graphQl.document("""
					{ demandSolvers(demandId: "dem-dye") { solver { id } } }""").execute()
				.path("demandSolvers[*].solver.id").entityList(String.class).contains("res-dye");

			run(service, """
					CREATE VECTOR INDEX entity_embedding FOR (n:Entity) ON n.embedding
					OPTIONS { indexConfig: { `vector.dimensions`: 512, `vector.similarity_function`: 'cosine' } }""");
			// the watcher started by the look above sees it come online
			await().atMost(Duration.ofSeconds(60)).until(index::online);
			assertThat(searchMethods(graphQl, "超临界二氧化碳染色", "base-dye")).contains("MEANING");
			graphQl.document("{ embeddingStatus { index { state populated } } }").execute()
				.path("embeddingStatus.index.state").entity(String.class).isEqualTo("ONLINE")
				.path("embeddingStatus.index.populated").entity(Double.class).isEqualTo(100.0);
		}
	}

	/** How the search for {@code text} matched {@code id}, which it must find. */
	private static List<String> searchMethods(GraphQlTester graphQl, String text, String id) {
		return graphQl.document("""
				query ($text: String!) { search(text: $text, first: 10) { entity { id } match { methods } } }""")
			.variable("text", text)
			.execute()
			.path("search[?(@.entity.id == '%s')].match.methods[*]".formatted(id)).entityList(String.class).get();
	}

	private static void run(ConfigurableApplicationContext service, String cypher) {
		try (Session session = service.getBean(Driver.class).session()) {
			session.run(cypher).consume();
		}
	}

	private static ConfigurableApplicationContext start(String directory, boolean background) {
		return new SpringApplicationBuilder(PilotgraphApplication.class)
			.web(WebApplicationType.NONE)
			// arguments, not default properties: they must win over application.yml's environment defaults
			.run("--pilotgraph.data-dir=" + directory, "--pilotgraph.bolt-port=0", "--pilotgraph.seed=never",
					"--pilotgraph.page-cache=64m", "--pilotgraph.embedding.background=" + background,
					"--logging.level.org.springframework.data.neo4j.cypher.unrecognized=error");
	}

	private static void fixture(ConfigurableApplicationContext service) {
		try (Session session = service.getBean(Driver.class).session()) {
			session.executeWriteWithoutResult((tx) -> tx.run("""
					CREATE (:District {code: '350581', name: '石狮市'})
					CREATE (chain:Entity:IndustryChain {id: 'chain-tx', name: '纺织服装', source: 'SYNTHETIC', version: 1})
					CREATE (:Entity:ChainLink {id: 'link-dyeing', name: '印染', stage: 'MIDSTREAM', source: 'SYNTHETIC', version: 1})-[:PART_OF]->(chain)
					""").consume());
			// queued as a seed load queues what it writes
			session.executeWriteWithoutResult((tx) -> tx.run("MATCH (n:Entity) " + EmbeddingQueue.MARK).consume());
		}
	}

	private static Map<String, Supplier<InputStream>> files() {
		return Map.of("test_bases.csv", content(BASES), "base_covers.csv", content(COVERS));
	}

	private static Map<String, Supplier<InputStream>> files(String name, String csv) {
		return Map.of(name, content(csv));
	}

	private static Supplier<InputStream> content(String csv) {
		byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
		return () -> new ByteArrayInputStream(bytes);
	}

	private static GraphQlTester graphQl(ConfigurableApplicationContext service) {
		return ExecutionGraphQlServiceTester.create(service.getBean(ExecutionGraphQlService.class))
			.mutate().responseTimeout(Duration.ofSeconds(60)).build();
	}

	private static List<String> vectorHits(ConfigurableApplicationContext service, String text) {
		return service.getBean(SearchService.class)
			.search(new SearchRequest(text, null, 10, null, null, null), SearchMethod.VECTOR)
			.stream().map((hit) -> hit.entity().id()).toList();
	}

	private static long count(ConfigurableApplicationContext service, String cypher) {
		try (Session session = service.getBean(Driver.class).session()) {
			return session.executeRead((tx) -> tx.run(cypher).single().get(0).asLong());
		}
	}

}
