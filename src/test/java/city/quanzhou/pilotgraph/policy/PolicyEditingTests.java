package city.quanzhou.pilotgraph.policy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import city.quanzhou.pilotgraph.FixtureGraphTest;
import city.quanzhou.pilotgraph.HttpGraphQl.Reply;
import city.quanzhou.pilotgraph.ingest.DatasetImporter;
import city.quanzhou.pilotgraph.ingest.ImportReport;
import city.quanzhou.pilotgraph.ingest.RowProblem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Policy records are written like every kind: checked by the dataset format's rules, refused naming the
 * field with nothing written, audited, and their provider and recipient tied.
 */
class PolicyEditingTests extends FixtureGraphTest {

	private static final String HEADER = "id,name,recipientId,providerId,year,amount,service,level,programme,description,source,sourceNote\n";

	@Autowired
	DatasetImporter importer;

	/** The recipient and the provider of {@link #voucher()}. */
	static final String ENTERPRISE_AND_BASE = """
			CREATE (:Entity:Enterprise {id: 'ent-1', name: '一号企业', source: 'SYNTHETIC', version: 1})
			CREATE (:Entity:TestBase {id: 'base-a', name: '甲基地', status: 'OPERATING', openToPublic: true, source: 'SYNTHETIC', version: 1})
			""";

	@BeforeEach
	void enterpriseAndBase() {
		replaceGraph(ENTERPRISE_AND_BASE);
	}

	/** A valid voucher of ent-1 at base-a, the graph both policy editing test classes build. */
	static Map<String, Object> voucher() {
		Map<String, Object> input = new HashMap<>();
		input.put("name", "2024年市级科技创新券·一号企业");
		input.put("recipientId", "ent-1");
		input.put("providerId", "base-a");
		input.put("year", 2024);
		input.put("amount", 3.5);
		input.put("service", "TESTING_CERTIFICATION");
		input.put("level", "MUNICIPAL");
		return input;
	}

	private Reply upsert(Map<String, Object> input) {
		return http().postDocument("upsertVoucherGrant", Map.of("input", input), EDITOR);
	}

	@Test
	void shouldCreateAVoucherWithItsRecipientProviderAndAuditEntry() {
		Reply reply = upsert(voucher());
		assertThat(reply.<List<?>>read("$.data.upsertVoucherGrant.errors")).isEmpty();
		assertThat(reply.<String>read("$.data.upsertVoucherGrant.voucher.id")).startsWith("voucher-");
		assertThat(reply.<String>read("$.data.upsertVoucherGrant.voucher.recipient.id")).isEqualTo("ent-1");
		assertThat(reply.<String>read("$.data.upsertVoucherGrant.voucher.provider.id")).isEqualTo("base-a");
		assertThat(reply.<Double>read("$.data.upsertVoucherGrant.voucher.amount")).isEqualTo(3.5);
		assertThat(reply.<String>read("$.data.upsertVoucherGrant.voucher.updatedBy")).isEqualTo("EDITOR");
		assertThat(count("MATCH (a:AuditEntry {action: 'CREATE'}) RETURN count(a)")).isEqualTo(1);
	}

	@Test
	void shouldRefuseAVoucherWithoutRecipientNamingTheField() {
		Map<String, Object> input = voucher();
		input.remove("recipientId");
		assertRefused(input, "recipientId", "is required");
	}

	@Test
	void shouldRefuseANegativeAmountOrMissingYearNamingTheField() {
		Map<String, Object> input = voucher();
		input.put("amount", -1.0);
		assertRefused(input, "amount", "must not be negative");
		Map<String, Object> noYear = voucher();
		noYear.remove("year");
		assertRefused(noYear, "year", "is required");
	}

	@Test
	void shouldRefuseARecipientOfAnotherKindNamingTheField() {
		Map<String, Object> input = voucher();
		input.put("recipientId", "base-a");
		assertRefused(input, "recipientId", "base-a");
	}

	private void assertRefused(Map<String, Object> input, String field, String message) {
		String before = graphSnapshot();
		Reply reply = upsert(input);
		assertThat(reply.<List<String>>read("$.data.upsertVoucherGrant.errors[*].field")).contains(field);
		assertThat(reply.<List<String>>read("$.data.upsertVoucherGrant.errors[*].message"))
			.anySatisfy((text) -> assertThat(text).contains(message));
		assertThat(reply.<Object>read("$.data.upsertVoucherGrant.voucher")).isNull();
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	@Test
	void shouldImportVouchersByTheSameRulesAndRefuseABadRowNamingFileRowAndColumn() {
		String before = graphSnapshot();
		ImportReport refused = this.importer.importFiles(files(HEADER
				+ "voucher-x-1,2024年市级科技创新券·一号企业,ent-1,base-a,2024,3.5,TESTING_CERTIFICATION,MUNICIPAL,泉州市科技创新券,,SYNTHETIC,测试\n"
				+ "voucher-x-2,2024年市级科技创新券·另一笔,ent-1,base-a,2024,-2,PILOT_MATURATION,MUNICIPAL,泉州市科技创新券,,SYNTHETIC,测试\n"),
				false, "tester");
		assertThat(refused.problems()).extracting(RowProblem::file, RowProblem::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("voucher_grants.csv", "amount"));
		assertThat(refused.problems().getFirst().reason()).contains("must not be negative");
		assertThat(graphSnapshot()).as("nothing written").isEqualTo(before);

		ImportReport imported = this.importer.importFiles(files(HEADER
				+ "voucher-x-1,2024年市级科技创新券·一号企业,ent-1,base-a,2024,3.5,TESTING_CERTIFICATION,MUNICIPAL,泉州市科技创新券,,SYNTHETIC,测试\n"),
				false, "tester");
		assertThat(imported.problems()).isEmpty();
		assertThat(imported.created()).isEqualTo(1);
		assertThat(count("""
				MATCH (:Enterprise {id: 'ent-1'})<-[:GRANTED_TO]-(v:VoucherGrant {id: 'voucher-x-1', amount: 3.5})-[:REDEEMED_AT]->(:TestBase {id: 'base-a'})
				RETURN count(v)""")).isEqualTo(1);
	}

	private static Map<String, Supplier<InputStream>> files(String vouchers) {
		Map<String, Supplier<InputStream>> files = new LinkedHashMap<>();
		files.put("voucher_grants.csv", () -> new ByteArrayInputStream(vouchers.getBytes(StandardCharsets.UTF_8)));
		return files;
	}

}
