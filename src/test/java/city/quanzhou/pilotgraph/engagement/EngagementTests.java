package city.quanzhou.pilotgraph.engagement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import city.quanzhou.pilotgraph.FixtureGraphTest;
import city.quanzhou.pilotgraph.HttpGraphQl.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 对接 records over real HTTP, where tokens and roles apply: a broker records and advances an engagement,
 * bad input is refused naming the field with nothing written, nobody without a reading role sees one through
 * any query, export or the change stream, and a signed engagement becomes a transfer contract.
 */
class EngagementTests extends FixtureGraphTest {

	static final String FIXTURE = """
			CREATE (chain:Entity:IndustryChain {id: 'chain', name: '纺织鞋服', aliases: [], source: 'SYNTHETIC', version: 1})
			CREATE (link:Entity:ChainLink {id: 'link', name: '印染', aliases: [], source: 'SYNTHETIC', version: 1, stage: 'MIDSTREAM'})
			CREATE (res:Entity:Result {id: 'res', name: '超临界二氧化碳无水染色', aliases: [], source: 'SYNTHETIC', version: 1,
			  maturity: 'BENCH', needsPilot: true})
			CREATE (ent:Entity:Enterprise {id: 'ent', name: '甲纺织', aliases: [], source: 'SYNTHETIC', version: 1, lead: true})
			CREATE (base:Entity:TestBase {id: 'base', name: '印染中试基地', aliases: [], source: 'SYNTHETIC', version: 1,
			  status: 'OPERATING', openToPublic: true, services: []})
			CREATE (inst:Entity:Institute {id: 'inst', name: '纺织研究院', aliases: [], source: 'SYNTHETIC', version: 1, inCity: true})
			CREATE (demand:Entity:Demand {id: 'demand', name: '印染废水回用', aliases: [], source: 'SYNTHETIC', version: 1, status: 'OPEN'})
			CREATE (broker:Entity:Broker {id: 'broker', name: '王经纪', aliases: [], source: 'SYNTHETIC', version: 1})
			CREATE (link)-[:PART_OF]->(chain), (res)-[:APPLIES_TO]->(link), (demand)-[:ON_LINK]->(link)
			""";

	@LocalServerPort
	int port;

	@BeforeEach
	void fixture() {
		replaceGraph(FIXTURE);
	}

	@Test
	void shouldLetABrokerRecordAndAdvanceAnEngagement() {
		Reply recorded = record(Map.of("subjectId", "res", "partyId", "ent", "handlerId", "broker", "note", "电话联系技术总监",
				"noteDate", "2026-03-02", "nextStep", "约见面", "nextStepDue", "2026-03-10"), BROKER);
		assertThat(recorded.<List<?>>read("$.data.recordEngagement.errors")).isEmpty();
		String id = recorded.read("$.data.recordEngagement.engagement.id");
		assertThat(recorded.<String>read("$.data.recordEngagement.engagement.status")).isEqualTo("CONTACTED");
		assertThat(recorded.<String>read("$.data.recordEngagement.engagement.statusLabel")).isEqualTo("已联系");
		assertThat(recorded.<String>read("$.data.recordEngagement.engagement.recordedBy")).isEqualTo("王经纪");
		assertThat(recorded.<String>read("$.data.recordEngagement.engagement.handler.id")).isEqualTo("broker");
		assertThat(recorded.<String>read("$.data.recordEngagement.engagement.notes[0].on")).isEqualTo("2026-03-02");

		Reply met = advance(Map.of("id", id, "version", 1, "status", "MEETING", "note", "到厂交流，企业有意向",
				"nextStep", "发送报价"), BROKER);
		assertThat(met.<List<?>>read("$.data.advanceEngagement.errors")).isEmpty();
		assertThat(met.<String>read("$.data.advanceEngagement.engagement.status")).isEqualTo("MEETING");
		assertThat(met.<Integer>read("$.data.advanceEngagement.engagement.version")).isEqualTo(2);
		assertThat(met.<String>read("$.data.advanceEngagement.engagement.nextStep")).isEqualTo("发送报价");
		assertThat(met.<String>read("$.data.advanceEngagement.engagement.nextStepDue")).as("left out, so kept").isEqualTo("2026-03-10");
		// a stage may be skipped forward
		assertThat(advance(Map.of("id", id, "status", "SIGNED", "note", "签订技术转让合同"), BROKER)
			.<String>read("$.data.advanceEngagement.engagement.stage")).isEqualTo("SIGNED");

		Reply read = http().postDocument("engagement", Map.of("id", id), PLANNER);
		assertThat(read.<List<String>>read("$.data.engagement.notes[*].status")).containsExactly("CONTACTED", "MEETING", "SIGNED");
		assertThat(read.<List<String>>read("$.data.engagement.notes[*].by")).containsOnly("王经纪");
		assertThat(read.<String>read("$.data.engagement.party.name")).isEqualTo("甲纺织");

		record(Map.of("subjectId", "demand", "partyId", "inst", "handlerId", "broker"), ADMIN);
		record(Map.of("subjectId", "res", "partyId", "base"), BROKER);
		Reply pipeline = http().postDocument("engagements", Map.of("status", List.of("SIGNED"), "handlerId", "broker"), PLANNER);
		assertThat(pipeline.<List<String>>read("$.data.engagements[*].id")).containsExactly(id);
		assertThat(http().postDocument("engagements", Map.of("handlerId", "broker"), BROKER)
			.<List<String>>read("$.data.engagements[*].party.id")).containsExactlyInAnyOrder("ent", "inst");
		Reply counts = http().postDocument("engagementPipeline", Map.of(), ADMIN);
		assertThat(counts.<List<String>>read("$.data.engagementPipeline[*].status"))
			.containsExactly("CONTACTED", "MEETING", "NEGOTIATING", "SIGNED", "DROPPED");
		assertThat(counts.<List<Integer>>read("$.data.engagementPipeline[*].count")).containsExactly(2, 0, 0, 1, 0);
	}

	@Test
	void shouldRefuseBadInputNamingTheFieldAndWriteNothing() {
		assertThat(fields(record(Map.of("subjectId", "res", "partyId", "inst"), BROKER), "recordEngagement"))
			.containsExactly("partyId");
		assertThat(fields(record(Map.of("subjectId", "ent", "partyId", "res"), BROKER), "recordEngagement"))
			.containsExactly("subjectId");
		assertThat(fields(record(Map.of("subjectId", "nowhere", "partyId", "ent", "handlerId", "inst"), BROKER),
				"recordEngagement")).containsExactlyInAnyOrder("subjectId", "handlerId");
		String tomorrow = LocalDate.now(EngagementInputs.ZONE).plusDays(2).toString();
		assertThat(fields(record(Map.of("subjectId", "res", "partyId", "ent", "noteDate", tomorrow), BROKER),
				"recordEngagement")).containsExactly("noteDate");
		assertThat(fields(record(Map.of("subjectId", "res", "partyId", "ent", "status", "SIGNED"), BROKER),
				"recordEngagement")).containsExactly("note");
		assertThat(fields(record(Map.of("subjectId", "res", "partyId", "ent", "note", "x".repeat(2001)), BROKER),
				"recordEngagement")).containsExactly("note");
		assertThat(count("MATCH (e:Engagement) RETURN count(e)")).isZero();

		String id = record(Map.of("subjectId", "res", "partyId", "ent", "status", "MEETING"), BROKER)
			.read("$.data.recordEngagement.engagement.id");
		assertThat(fields(record(Map.of("subjectId", "res", "partyId", "ent"), BROKER), "recordEngagement"))
			.as("an open engagement between the same parties").containsExactly("partyId");
		Reply back = advance(Map.of("id", id, "status", "CONTACTED"), BROKER);
		assertThat(fields(back, "advanceEngagement")).containsExactly("status");
		assertThat(back.<String>read("$.data.advanceEngagement.errors[0].message")).contains("cannot go back from MEETING");
		assertThat(fields(advance(Map.of("id", id, "status", "DROPPED"), BROKER), "advanceEngagement")).containsExactly("note");
		assertThat(fields(advance(Map.of("id", id), BROKER), "advanceEngagement")).containsExactly("status");
		assertThat(fields(advance(Map.of("id", id, "version", 7, "note", "补记"), BROKER), "advanceEngagement"))
			.containsExactly("version");
		assertThat(fields(advance(Map.of("id", "eng-nowhere", "note", "补记"), BROKER), "advanceEngagement"))
			.containsExactly("id");
		assertThat(count("MATCH (:Engagement)-[:NOTED]->(n) RETURN count(n)")).isEqualTo(1);

		assertThat(fields(advance(Map.of("id", id, "status", "DROPPED", "note", "企业转产"), BROKER), "advanceEngagement")).isEmpty();
		Reply closed = advance(Map.of("id", id, "status", "SIGNED", "note", "又签了"), BROKER);
		assertThat(fields(closed, "advanceEngagement")).containsExactly("status");
		assertThat(closed.<String>read("$.data.advanceEngagement.errors[0].message")).contains("closed");
	}

	@Test
	void shouldShowNoEngagementToAnyoneWithoutAReadingRole() throws Exception {
		long changesBefore = count("MATCH (c:Change) RETURN count(c)");
		String id = record(Map.of("subjectId", "res", "partyId", "ent", "handlerId", "broker", "note", "保密的洽谈记录"), BROKER)
			.read("$.data.recordEngagement.engagement.id");
		assertThat(count("MATCH (c:Change) RETURN count(c)")).as("nothing on the change stream").isEqualTo(changesBefore);

		Map<String, Map<String, Object>> queries = Map.of("engagement", Map.of("id", id), "engagements", Map.of(),
				"engagementPipeline", Map.of(), "engagementFunnel", Map.of());
		for (var query : queries.entrySet()) {
			Reply anonymous = http().postDocument(query.getKey(), query.getValue(), null);
			assertThat(anonymous.<String>read("$.errors[0].extensions.classification")).as(query.getKey()).isEqualTo("UNAUTHORIZED");
			assertThat(anonymous.body()).as(query.getKey()).doesNotContain(id).doesNotContain("保密");
			Reply editor = http().postDocument(query.getKey(), query.getValue(), EDITOR);
			assertThat(editor.<String>read("$.errors[0].extensions.classification")).as(query.getKey()).isEqualTo("FORBIDDEN");
		}
		assertThat(fieldsOrError(record(Map.of("subjectId", "res", "partyId", "base"), null))).isEqualTo("UNAUTHORIZED");
		assertThat(fieldsOrError(record(Map.of("subjectId", "res", "partyId", "base"), PLANNER))).isEqualTo("FORBIDDEN");
		// not an entity: neither looked up by id nor found by its words
		Reply entity = http().postDocument("entity", Map.of("id", id), null);
		assertThat(entity.<Object>read("$.data.entity")).isNull();
		assertThat(count("CALL db.index.fulltext.queryNodes('entity_text', '保密') YIELD node RETURN count(node)")).isZero();

		assertThat(download(null).statusCode()).isEqualTo(401);
		assertThat(download(EDITOR).statusCode()).isEqualTo(403);
		HttpResponse<byte[]> planner = download(PLANNER);
		assertThat(planner.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(planner.body()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("状态");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(id);
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("已联系");
			assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("保密的洽谈记录");
		}
	}

	@Test
	void shouldTurnASignedEngagementIntoATransferContractAndCountItInTheFunnel() {
		String id = record(Map.of("subjectId", "res", "partyId", "ent", "handlerId", "broker"), BROKER)
			.read("$.data.recordEngagement.engagement.id");
		record(Map.of("subjectId", "res", "partyId", "base"), BROKER);
		Reply early = contract(id, EDITOR);
		assertThat(early.<List<String>>read("$.data.contractFromEngagement.errors[*].field")).containsExactly("engagementId");
		assertThat(early.<String>read("$.data.contractFromEngagement.errors[0].message")).contains("SIGNED");
		advance(Map.of("id", id, "status", "NEGOTIATING", "note", "谈价格"), BROKER);
		advance(Map.of("id", id, "status", "SIGNED", "note", "签约"), BROKER);
		assertThat(contract(id, BROKER).<String>read("$.errors[0].extensions.classification")).isEqualTo("FORBIDDEN");

		Reply made = contract(id, EDITOR);
		assertThat(made.<List<?>>read("$.data.contractFromEngagement.errors")).isEmpty();
		assertThat(made.<String>read("$.data.contractFromEngagement.type")).isEqualTo("TRANSFERRED_TO");
		assertThat(count("MATCH (:Result {id: 'res'})-[t:TRANSFERRED_TO {amount: 120.0, year: 2026}]->(:Enterprise {id: 'ent'}) RETURN count(t)"))
			.isEqualTo(1);
		assertThat(count("MATCH (c:Change {type: 'LINKED'}) WHERE 'res' IN c.entityIds RETURN count(c)"))
			.as("announced like any tie").isEqualTo(1);
		assertThat(http().postDocument("engagement", Map.of("id", id), PLANNER).<Double>read("$.data.engagement.contract.amount"))
			.isEqualTo(120.0);

		Reply funnel = http().postDocument("engagementFunnel", Map.of("chainId", "chain"), PLANNER);
		assertThat(funnel.<List<String>>read("$.data.engagementFunnel[*].chainName")).containsExactly("纺织鞋服");
		assertThat(funnel.<Integer>read("$.data.engagementFunnel[0].contacted")).isEqualTo(2);
		assertThat(funnel.<Integer>read("$.data.engagementFunnel[0].meeting")).isEqualTo(1);
		assertThat(funnel.<Integer>read("$.data.engagementFunnel[0].negotiating")).isEqualTo(1);
		assertThat(funnel.<Integer>read("$.data.engagementFunnel[0].signed")).isEqualTo(1);
		assertThat(funnel.<Integer>read("$.data.engagementFunnel[0].contracts")).isEqualTo(1);
		assertThat(funnel.<Double>read("$.data.engagementFunnel[0].conversion")).isEqualTo(0.5);
	}

	private Reply record(Map<String, Object> input, String token) {
		return http().postDocument("recordEngagement", Map.of("input", input), token);
	}

	private Reply advance(Map<String, Object> input, String token) {
		return http().postDocument("advanceEngagement", Map.of("input", input), token);
	}

	private Reply contract(String id, String token) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("engagementId", id);
		variables.put("amount", 120.0);
		variables.put("year", 2026);
		return http().postDocument("contractFromEngagement", variables, token);
	}

	private static List<String> fields(Reply reply, String mutation) {
		assertThat(reply.<Object>read("$.data." + mutation)).as(reply.body()).isNotNull();
		return reply.read("$.data." + mutation + ".errors[*].field");
	}

	private static String fieldsOrError(Reply reply) {
		return reply.read("$.errors[0].extensions.classification");
	}

	private HttpResponse<byte[]> download(String token) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/export/engagements.xlsx"));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
