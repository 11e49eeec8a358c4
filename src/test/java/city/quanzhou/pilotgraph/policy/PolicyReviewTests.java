package city.quanzhou.pilotgraph.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import city.quanzhou.pilotgraph.HttpGraphQl.Reply;
import city.quanzhou.pilotgraph.ReviewedGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Policy records go through review like every kind: where review is required, an editor's voucher is a
 * proposal that no planner's figure counts until a reviewer approves it.
 */
class PolicyReviewTests extends ReviewedGraphTest {

	@BeforeEach
	void enterpriseAndBase() {
		replaceGraph(PolicyEditingTests.ENTERPRISE_AND_BASE);
	}

	private Reply post(String document, Map<String, Object> variables, String token) {
		return http().postDocument(document, variables, token);
	}

	private List<Integer> grantsByProvider() {
		return post("vouchersBy", Map.of("by", "PROVIDER"), ADMIN).read("$.data.vouchersBy[*].grants");
	}

	@Test
	void shouldCountAnEditorsVoucherOnlyOnceAReviewerApprovesIt() {
		Reply proposed = post("proposeVoucherGrant", Map.of("input", PolicyEditingTests.voucher()), EDITOR);
		assertThat(proposed.<List<?>>read("$.data.upsertVoucherGrant.errors")).isEmpty();
		assertThat(proposed.<Object>read("$.data.upsertVoucherGrant.voucher")).isNull();
		assertThat(proposed.<String>read("$.data.upsertVoucherGrant.proposal.kind")).isEqualTo("VOUCHER_GRANT");
		assertThat(count("MATCH (v:VoucherGrant) RETURN count(v)")).as("nothing written while pending").isZero();
		assertThat(grantsByProvider()).as("a pending voucher counts nowhere").isEmpty();
		assertThat(proposed.<String>read("$.data.upsertVoucherGrant.proposal.status")).isEqualTo("PENDING");
		String proposalId = proposed.read("$.data.upsertVoucherGrant.proposal.id");

		Map<String, Object> review = new HashMap<>();
		review.put("id", proposalId);
		review.put("comment", "凭证核实");
		Reply approved = post("approveProposal", Map.of("input", review), REVIEWER);
		assertThat(approved.<List<?>>read("$.data.approveProposal.errors")).isEmpty();
		assertThat(approved.<String>read("$.data.approveProposal.proposal.status")).isEqualTo("APPROVED");
		assertThat(grantsByProvider()).containsExactly(1);
		assertThat(count("""
				MATCH (:VoucherGrant)-[:GRANTED_TO]->(:Enterprise {id: 'ent-1'})
				RETURN count(*)""")).as("approved with its recipient").isOne();
	}

}
