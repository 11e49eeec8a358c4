package city.quanzhou.pilotgraph.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import city.quanzhou.pilotgraph.FixtureGraphTest;
import city.quanzhou.pilotgraph.HttpGraphQl.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Policy records are written like every kind: checked by the dataset format's rules, refused naming the
 * field with nothing written, audited, and their provider and recipient tied.
 */
class PolicyEditingTests extends FixtureGraphTest {

	@BeforeEach
	void enterpriseAndBase() {
		replaceGraph("""
				CREATE (:Entity:Enterprise {id: 'ent-1', name: '一号企业', source: 'SYNTHETIC', version: 1})
				CREATE (:Entity:TestBase {id: 'base-a', name: '甲基地', status: 'OPERATING', openToPublic: true, source: 'SYNTHETIC', version: 1})
				""");
	}

	private static Map<String, Object> voucher() {
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

}
