package city.quanzhou.pilotgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import net.minidev.json.JSONValue;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionContext;

import city.quanzhou.pilotgraph.coverage.CoverageCypher;
import city.quanzhou.pilotgraph.district.DistrictCypher;
import city.quanzhou.pilotgraph.entity.EntityCypher;
import city.quanzhou.pilotgraph.matching.MatchingCypher;
import city.quanzhou.pilotgraph.path.PathCypher;
import city.quanzhou.pilotgraph.result.ResultCypher;
import city.quanzhou.pilotgraph.search.SearchCypher;

/**
 * The nine contract operations as the benchmark sends them: each with a pool of variables drawn from the
 * loaded graph (fixed seed), a check of the answer, and the same work done directly over Bolt: the very
 * statements the service runs for that request (taken from the services' own constants), with the same
 * parameters, one read transaction per service call, as the service does.
 */
public class ContractBench {

	/** Where the saved operations are read from: the shared contract, else the identical GraphiQL examples. */
	static final List<Path> OPERATION_DIRECTORIES = List.of(Path.of("..", "shared", "contract", "operations"),
			Path.of("src", "main", "resources", "graphiql", "examples"));

	static final List<String> NAMES = List.of("ChainCoverage", "CoverageGaps", "Entity", "TestBases", "PartnerPaths",
			"BridgingBrokers", "Search", "BaseMatches", "UpsertTestBase");

	/** Search texts a planner or broker would type, made of the generator's vocabulary, and a few of other shapes. */
	static final List<String> SEARCH_TEXTS = List.of("锂电池安全性放大验证", "正极材料中试", "无水染色技术", "功能面料中试基地", "鞋底模具",
			"电子化学品提纯", "半导体封装测试平台", "LED芯片检测", "工业机器人减速器", "中药现代化制剂", "茶叶深加工工艺", "德化白瓷釉料",
			"碳纤维复合材料", "物联网模组", "海水淡化装备", "储能系统检测认证", "氢燃料电池", "再生纤维回收", "智能产线改造", "体外诊断试剂",
			"高纯度电解液", "发泡材料配方", "陶瓷3D打印", "石墨烯", "光学玻璃", "伺服电机", "预制菜冷链", "医用材料", "聚烯烃催化剂",
			"新能源中试熟化", "小批量试生产", "概念验证中心", "检验检测", "pilot scale battery", "textile dyeing", "泉州中试基地",
			"晋江鞋业", "石狮纺织", "南安石材", "安溪茶叶");

	final String name;

	final String document;

	final String token;

	private final IntFunction<Map<String, Object>> variables;

	private final Direct direct;

	interface Direct {

		/** Runs the operation's statements for these variables; returns how many statements it sent. */
		int run(Session session, Map<String, Object> variables);

	}

	private ContractBench(String name, String token, IntFunction<Map<String, Object>> variables, Direct direct) {
		this.name = name;
		this.document = document(name);
		this.token = token;
		this.variables = variables;
		this.direct = direct;
	}

	Map<String, Object> variables(int sequence) {
		return this.variables.apply(sequence);
	}

	/** Sends request number {@code sequence}; returns null when it succeeded, else what went wrong. */
	String send(Http http, int sequence) throws IOException, InterruptedException {
		return http.send(this, variables(sequence));
	}

	boolean hasDirect() {
		return this.direct != null;
	}

	int direct(Session session, Map<String, Object> variables) {
		return this.direct.run(session, variables);
	}

	static String document(String name) {
		for (Path directory : OPERATION_DIRECTORIES) {
			Path file = directory.resolve(name + ".graphql");
			if (Files.isRegularFile(file)) {
				try {
					return Files.readString(file, StandardCharsets.UTF_8);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		throw new IllegalStateException("No " + name + ".graphql in " + OPERATION_DIRECTORIES);
	}

	// ---------------------------------------------------------------------------------------------------------
	// GraphQL over HTTP

	static final class Http {

		private final HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();

		private final URI endpoint;

		Http(int port) {
			this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
		}

		/** Sends the operation; returns null when it answered 200 with data and no error, else what was wrong. */
		String send(ContractBench operation, Map<String, Object> variables) throws IOException, InterruptedException {
			DocumentContext json = post(operation.document, variables, operation.token);
			if (json == null) {
				return "no JSON body";
			}
			return check(operation.name, json);
		}

		DocumentContext post(String document, Map<String, Object> variables, String token)
				throws IOException, InterruptedException {
			Map<String, Object> body = new HashMap<>();
			body.put("query", document);
			body.put("variables", variables);
			HttpRequest.Builder request = HttpRequest.newBuilder(this.endpoint)
				.timeout(Duration.ofSeconds(60))
				.header("Content-Type", "application/json")
				.header("Accept", "application/graphql-response+json, application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSONValue.toJSONString(body), StandardCharsets.UTF_8));
			if (token != null) {
				request.header("Authorization", "Bearer " + token);
			}
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() != 200) {
				throw new IOException("HTTP " + response.statusCode() + ": " + abbreviate(response.body()));
			}
			return JsonPath.parse(response.body());
		}

		private static String check(String name, DocumentContext json) {
			Map<String, Object> reply = json.read("$");
			if (reply.containsKey("errors")) {
				return name + ": " + abbreviate(JSONValue.toJSONString(reply.get("errors")));
			}
			Object data = reply.get("data");
			if (!(data instanceof Map<?, ?> fields) || fields.isEmpty()) {
				return name + ": no data";
			}
			if (name.equals("UpsertTestBase")) {
				List<Object> errors = json.read("$.data.upsertTestBase.errors");
				if (!errors.isEmpty()) {
					return name + ": " + abbreviate(JSONValue.toJSONString(errors));
				}
			}
			return null;
		}

		static String abbreviate(String text) {
			return (text.length() > 300) ? text.substring(0, 300) + "..." : text;
		}

	}

	// ---------------------------------------------------------------------------------------------------------
	// The operations, their variables and their direct equivalents

	/**
	 * Draws every pool from the graph (ordered queries and a fixed seed, so the same graph gives the same pools)
	 * and creates the bases the editor operation updates, through the mutation itself.
	 */
	static List<ContractBench> all(Driver driver, Http http, SearchCypher search) throws IOException, InterruptedException {
		Random random = new Random(20261128L);
		List<String> chains = ids(driver, "MATCH (c:IndustryChain) RETURN c.id AS id ORDER BY id");
		List<String> districts = ids(driver, """
				MATCH (d:District) WHERE EXISTS { (d)<-[:LOCATED_IN]-(:TestBase) } RETURN d.name AS id ORDER BY d.code""");
		List<String> entityIds = new ArrayList<>();
		for (String label : List.of("TestBase", "Result", "Institute")) {
			List<String> ids = ids(driver, "MATCH (n:" + label + ") RETURN n.id AS id ORDER BY id");
			for (int i = 0; i < 40; i++) {
				entityIds.add(ids.get(random.nextInt(ids.size())));
			}
		}
		List<String> results = ids(driver, "MATCH (r:Result) RETURN r.id AS id ORDER BY id");
		List<String> institutes = ids(driver, "MATCH (n:Institute) RETURN n.id AS id ORDER BY id");
		List<String> enterprises = ids(driver, "MATCH (n:Enterprise) RETURN n.id AS id ORDER BY id");
		List<String> waiting = ids(driver, """
				MATCH (r:Result) WHERE r.needsPilot = true AND r.maturity IN ['LAB', 'BENCH'] RETURN r.id AS id ORDER BY id""");
		List<String> links = ids(driver, "MATCH (l:ChainLink) RETURN l.id AS id ORDER BY id");
		List<Map<String, Object>> pathPairs = connectedPairs(driver, results, random, 40);
		List<Map<String, Object>> brokerPairs = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			brokerPairs.add(Map.of("a", institutes.get(random.nextInt(institutes.size())), "b",
					enterprises.get(random.nextInt(enterprises.size())), "maxHops", 3));
		}
		List<Map<String, Object>> gaps = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			Map<String, Object> v = new HashMap<>();
			v.put("chainId", (i % 4 == 3) ? null : chains.get(random.nextInt(chains.size())));
			v.put("district", (i % 2 == 0) ? districts.get(random.nextInt(districts.size())) : null);
			v.put("first", 50);
			gaps.add(v);
		}
		List<Map<String, Object>> searches = new ArrayList<>();
		List<List<String>> kinds = java.util.Arrays.asList(null, List.of("TEST_BASE"), List.of("RESULT"), List.of("INSTITUTE"));
		for (int i = 0; i < SEARCH_TEXTS.size(); i++) {
			Map<String, Object> v = new HashMap<>();
			v.put("text", SEARCH_TEXTS.get(i));
			v.put("kinds", kinds.get(i % kinds.size()));
			v.put("first", 10);
			searches.add(v);
		}
		Map<String, String> bases = createBases(http, links, random, 8);

		List<ContractBench> operations = new ArrayList<>();
		operations.add(new ContractBench("ChainCoverage", null, (i) -> Map.of(), (session, v) -> {
			Map<String, Object> p = CoverageCypher.meanings();
			p.put("chainId", null);
			p.put("openToPublicOnly", false);
			read(session, CoverageCypher.CHAIN_COVERAGE, p);
			read(session, CoverageCypher.CHAIN_WAITING_RESULTS, p);
			return 2;
		}));
		operations.add(new ContractBench("CoverageGaps", null, (i) -> gaps.get(i % gaps.size()), (session, v) -> {
			int statements = 0;
			String chainId = (String) v.get("chainId");
			if (chainId != null) {
				read(session, EntityCypher.BY_ID, Map.of("id", chainId));
				statements++;
			}
			String districtCode = null;
			if (v.get("district") != null) {
				districtCode = read(session, DistrictCypher.BY_CODE_OR_NAME, Map.of("key", v.get("district"))).getFirst()
					.get("code").asString();
				statements++;
			}
			Map<String, Object> p = CoverageCypher.meanings();
			p.put("chainId", chainId);
			p.put("districtCode", districtCode);
			p.put("first", v.get("first"));
			List<String> linkIds = read(session, CoverageCypher.COVERAGE_GAPS, p).stream()
				.map((row) -> row.get("l").get("id").asString()).toList();
			statements++;
			if (!linkIds.isEmpty()) {
				read(session, EntityCypher.OUTGOING, Map.of("ids", linkIds, "type", "PART_OF"));
				statements++;
			}
			return statements;
		}));
		operations.add(new ContractBench("Entity", null, (i) -> Map.of("id", entityIds.get(i % entityIds.size())),
				(session, v) -> {
					Record found = read(session, EntityCypher.BY_ID, Map.of("id", v.get("id"))).getFirst();
					List<String> labels = found.get("n").get("labels").asList((value) -> value.asString());
					String id = (String) v.get("id");
					if (labels.contains("TestBase")) {
						read(session, EntityCypher.OUTGOING, Map.of("ids", List.of(id), "type", "COVERS"));
					}
					else if (labels.contains("Result")) {
						read(session, EntityCypher.OUTGOING, Map.of("ids", List.of(id), "type", "OWNED_BY"));
					}
					else {
						read(session, ResultCypher.OWNED_RESULTS, Map.of("keys",
								List.of(Map.of("handle", id + "@0+5", "ownerId", id, "offset", 0, "limit", 5))));
					}
					return 2;
				}));
		operations.add(new ContractBench("TestBases", null, (i) -> Map.of("first", 20), (session, v) -> {
			Map<String, Object> p = new HashMap<>();
			p.put("offset", 0);
			p.put("limit", v.get("first"));
			List<String> ids = read(session, EntityCypher.PAGE, p).getFirst().get("page")
				.asList((node) -> node.get("id").asString());
			read(session, EntityCypher.DISTRICTS, Map.of("ids", ids));
			read(session, EntityCypher.OUTGOING, Map.of("ids", ids, "type", "COVERS"));
			read(session, EntityCypher.OUTGOING, Map.of("ids", ids, "type", "OPERATED_BY"));
			return 4;
		}));
		operations.add(new ContractBench("PartnerPaths", null, (i) -> pathPairs.get(i % pathPairs.size()), (session, v) -> {
			Map<String, Object> p = PathCypher.partnerPathParameters((String) v.get("from"), (String) v.get("to"),
					(Integer) v.get("first"));
			pathTransaction(session, List.of((String) v.get("from"), (String) v.get("to")),
					PathCypher.partnerPaths((Integer) v.get("maxHops")), p);
			return 2;
		}));
		operations.add(new ContractBench("BridgingBrokers", null, (i) -> brokerPairs.get(i % brokerPairs.size()),
				(session, v) -> {
					Map<String, Object> p = PathCypher.bridgingParameters((String) v.get("a"), (String) v.get("b"), 20);
					pathTransaction(session, List.of((String) v.get("a"), (String) v.get("b")),
							PathCypher.bridgingBrokers((Integer) v.get("maxHops")), p);
					return 2;
				}));
		operations.add(new ContractBench("Search", null, (i) -> searches.get(i % searches.size()), (session, v) -> {
			@SuppressWarnings("unchecked")
			List<String> kindNames = (List<String>) v.get("kinds");
			List<String> labels = (kindNames == null) ? null : kindNames.stream().map(ContractBench::label).toList();
			Map<String, Object> p = search.parameters((String) v.get("text"), labels, (Integer) v.get("first"));
			// the service's one statement, its rankings drawn as the service draws them (without the ranking of
			// bases on a subject's links, which the service adds for a query asking a base's service of a subject)
			read(session, (p.get("query") != null) ? SearchCypher.HYBRID : SearchCypher.HYBRID_WITHOUT_WORDS, p);
			return 1;
		}));
		operations.add(new ContractBench("BaseMatches", null,
				(i) -> Map.of("resultId", waiting.get((i * 7919) % waiting.size()), "first", 5), (session, v) -> {
					// the service reads the result itself only when no base was weighed for it
					Map<String, Object> p = new HashMap<>();
					p.put("resultIds", List.of(v.get("resultId")));
					p.put("baseIds", null);
					p.put("closeMeaning", MatchingCypher.CLOSE_MEANING);
					read(session, MatchingCypher.PAIRS, p);
					return 1;
				}));
		operations.add(new Upserts(bases, links));
		return operations;
	}

	/**
	 * Updates of the benchmark's own bases. An update must name the version it read, so each base is checked out
	 * by one request at a time and its version counted up after every successful update (each changes the
	 * description, so each writes).
	 */
	static final class Upserts extends ContractBench {

		private final java.util.concurrent.BlockingQueue<long[]> free = new java.util.concurrent.LinkedBlockingQueue<>();

		private final List<Map.Entry<String, String>> bases;

		private final List<String> links;

		Upserts(Map<String, String> bases, List<String> links) {
			super("UpsertTestBase", ServiceProcess.EDITOR_TOKEN, null, null);
			this.bases = List.copyOf(bases.entrySet());
			this.links = links;
			for (int i = 0; i < bases.size(); i++) {
				this.free.add(new long[] { i, 1 });
			}
		}

		@Override
		String send(Http http, int sequence) throws IOException, InterruptedException {
			long[] base = this.free.take();
			try {
				Map.Entry<String, String> idAndName = this.bases.get((int) base[0]);
				Map<String, Object> input = baseInput(idAndName.getKey(), idAndName.getValue(),
						this.links.get(sequence % this.links.size()), "基准测试编辑第" + sequence + "次：更新中试服务说明。");
				input.put("version", base[1]);
				String error = http.send(this, Map.of("input", input));
				if (error == null) {
					base[1]++;
				}
				return error;
			}
			finally {
				this.free.add(base);
			}
		}

	}

	private static Map<String, Object> baseInput(String id, String name, String link, String description) {
		Map<String, Object> input = new LinkedHashMap<>();
		if (id != null) {
			input.put("id", id);
		}
		input.put("name", name);
		input.put("status", "OPERATING");
		input.put("openToPublic", true);
		input.put("services", List.of("PILOT_MATURATION", "TESTING_CERTIFICATION"));
		input.put("districtCode", "350582");
		input.put("coversLinkIds", List.of(link));
		input.put("operatorIds", List.of());
		input.put("description", description);
		return input;
	}

	/**
	 * Bases of the benchmark's own (id to name), created through the contract's mutation, that its updates then
	 * change. Names carry the run's start so that a second run on the same graph does not repeat one.
	 */
	private static Map<String, String> createBases(Http http, List<String> links, Random random, int count)
			throws IOException, InterruptedException {
		Map<String, String> bases = new LinkedHashMap<>();
		String run = Long.toString(System.currentTimeMillis() / 1000 % 1_000_000);
		for (int i = 0; i < count; i++) {
			String name = "基准测试中试基地" + run + "-" + i;
			Map<String, Object> input = baseInput(null, name, links.get(random.nextInt(links.size())), "基准测试用中试基地。");
			DocumentContext reply = http.post(document("UpsertTestBase"), Map.of("input", input), ServiceProcess.EDITOR_TOKEN);
			String id = reply.read("$.data.upsertTestBase.base.id");
			if (id == null) {
				throw new IllegalStateException("Creating a base failed: " + reply.jsonString());
			}
			bases.put(id, name);
		}
		return bases;
	}

	/**
	 * Pairs joined within four real hops, found by walking out from random results: the question a broker
	 * asks, where paths exist and must be enumerated and ranked.
	 */
	public static List<Map<String, Object>> connectedPairs(Driver driver, List<String> results, Random random, int count) {
		List<Map<String, Object>> pairs = new ArrayList<>();
		try (Session session = driver.session()) {
			int attempts = 0;
			while (pairs.size() < count && attempts++ < count * 20) {
				String from = results.get(random.nextInt(results.size()));
				List<Record> found = read(session, """
						MATCH (r:Result {id: $id})-[:%s*1..3]-(e:Enterprise)
						WITH DISTINCT e LIMIT 100
						RETURN e.id AS id ORDER BY id""".formatted(PathCypher.REAL_TIES), Map.of("id", from));
				if (!found.isEmpty()) {
					String to = found.get(random.nextInt(found.size())).get("id").asString();
					pairs.add(Map.of("from", from, "to", to, "maxHops", 4, "first", 5));
				}
			}
		}
		if (pairs.isEmpty()) {
			throw new IllegalStateException("No result is within three real hops of an enterprise");
		}
		return pairs;
	}

	/**
	 * Pools are drawn once, before timing, and at size L some scan hundreds of thousands of nodes: they get a time
	 * limit of their own instead of the service's default per-transaction one.
	 */
	private static final org.neo4j.driver.TransactionConfig POOLS = org.neo4j.driver.TransactionConfig.builder()
		.withTimeout(java.time.Duration.ofMinutes(10))
		.build();

	private static List<String> ids(Driver driver, String cypher) {
		try (Session session = driver.session()) {
			return session.executeRead((tx) -> tx.run(cypher).list((row) -> row.get("id").asString()), POOLS);
		}
	}

	private static List<Record> read(Session session, String cypher, Map<String, Object> parameters) {
		return session.executeRead((TransactionContext tx) -> tx.run(cypher, parameters).list(), POOLS);
	}

	/** The ends and the search in one read transaction, as PathService runs them. */
	private static void pathTransaction(Session session, List<String> ends, String search, Map<String, Object> parameters) {
		try (Transaction tx = session.beginTransaction()) {
			tx.run(PathCypher.ENDS, Map.of("ids", ends)).list();
			tx.run(search, parameters).list();
			tx.commit();
		}
	}

	static SessionConfig readSession() {
		return SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
	}

	/** The label of a contract enum value (TEST_BASE → TestBase), as the service maps it. */
	static String label(String kind) {
		return city.quanzhou.pilotgraph.entity.EntityKind.valueOf(kind).label();
	}

}
