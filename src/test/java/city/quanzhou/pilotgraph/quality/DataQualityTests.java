package city.quanzhou.pilotgraph.quality;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import city.quanzhou.pilotgraph.FixtureGraphTest;
import city.quanzhou.pilotgraph.HttpGraphQl.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/** The data-quality view counts, per kind, what is missing, and the proposals waiting for review. */
class DataQualityTests extends FixtureGraphTest {

	@BeforeEach
	void graphWithGaps() {
		replaceGraph("""
				CREATE (d:District {code: '350582', name: '晋江市'})
				CREATE (complete:Entity:Institute {id: 'inst-complete', name: '完整研究院', description: '纺织材料', sourceNote: '官网',
				        source: 'PUBLIC', version: 1, updatedAt: datetime()})-[:LOCATED_IN]->(d)
				CREATE (:Entity:Institute {id: 'inst-bare', name: '空白研究院', description: ' ', source: 'SYNTHETIC', version: 1,
				        updatedAt: datetime() - duration('P800D')})
				CREATE (:Entity:Institute {id: 'inst-never', name: '未更新研究院', source: 'SYNTHETIC', version: 1})
				CREATE (:Entity:Enterprise {id: 'ent-a', name: '某企业', source: 'PUBLIC', version: 1, updatedAt: datetime()})-[:COOPERATES_WITH]->(complete)
				CREATE (:Entity:Fund {id: 'fund-a', name: '某基金', source: 'PUBLIC', version: 1, updatedAt: datetime()})
				CREATE (:Proposal {id: 'p1', status: 'PENDING'}), (:Proposal {id: 'p2', status: 'PENDING'}),
				       (:Proposal {id: 'p3', status: 'REJECTED'})
				""");
	}

	private Map<String, Object> kind(Reply reply, String kind) {
		List<Map<String, Object>> kinds = reply.read("$.data.dataQuality.kinds[?(@.kind == '" + kind + "')]");
		assertThat(kinds).hasSize(1);
		return kinds.get(0);
	}

	@Test
	void shouldCountWhatEachKindLacksAndThePendingProposals() {
		Reply reply = http().postDocument("dataQuality", Map.of(), null);
		assertThat(reply.<Integer>read("$.data.dataQuality.pendingProposals")).isEqualTo(2);
		assertThat(kind(reply, "INSTITUTE")).containsEntry("total", 3)
			.containsEntry("withoutDistrict", 2)
			.containsEntry("withoutDescription", 2)
			.containsEntry("withoutSourceNote", 2)
			.containsEntry("withoutTies", 2)
			.containsEntry("stale", 2);
		assertThat(kind(reply, "ENTERPRISE")).containsEntry("total", 1).containsEntry("withoutTies", 0).containsEntry("stale", 0);
		assertThat(kind(reply, "FUND")).as("a fund has no district").containsEntry("withoutDistrict", null)
			.containsEntry("withoutTies", 1);
		assertThat(kind(reply, "PARK")).containsEntry("total", 0);
	}

	@Test
	void shouldTakeTheStaleDurationFromTheQueryAndRefuseABadOne() {
		Reply longer = http().postDocument("dataQuality", Map.of("staleAfterDays", 1000), null);
		assertThat(kind(longer, "INSTITUTE")).as("only the never-updated one").containsEntry("stale", 1);
		Reply bad = http().postDocument("dataQuality", Map.of("staleAfterDays", 0), null);
		assertThat(bad.<String>read("$.errors[0].message")).contains("staleAfterDays");
	}

}
