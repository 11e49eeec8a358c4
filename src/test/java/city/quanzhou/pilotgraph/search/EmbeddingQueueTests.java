package city.quanzhou.pilotgraph.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import city.quanzhou.pilotgraph.FixtureGraphTest;
import city.quanzhou.pilotgraph.HttpGraphQl.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the background job embeds and what it leaves alone: an entity queued with the text it was embedded
 * from is not embedded again; renaming a link queues, and re-embeds, every entity whose text names it.
 */
// embeds its fixture with the model before every test: too slow for the fast loop
@Tag("integration")
class EmbeddingQueueTests extends FixtureGraphTest {

	@Autowired
	SearchService search;

	@BeforeEach
	void embeddedFixture() {
		replaceGraph(SearchFixture.GRAPH);
		embedGraph();
	}

	@Test
	void shouldNotEmbedAgainAnEntityWhoseTextDidNotChange() {
		long embedded = this.embeddingJob.embeddedCount();
		long skipped = this.embeddingJob.skippedCount();
		String hash = hash("base-qingyuan-energy-storage");

		// queued by a write that left its text alone (its status, say)
		write("MATCH (n:Entity {id: 'base-qingyuan-energy-storage'}) SET n.status = 'SUSPENDED' " + EmbeddingQueue.MARK);
		awaitEmbeddings();
		assertThat(this.embeddingJob.embeddedCount()).isEqualTo(embedded);
		assertThat(this.embeddingJob.skippedCount()).isEqualTo(skipped + 1);
		assertThat(count("MATCH (n:EmbeddingPending) RETURN count(n)")).isZero();
		assertThat(hash("base-qingyuan-energy-storage")).isEqualTo(hash);

		write("MATCH (n:Entity {id: 'base-qingyuan-energy-storage'}) SET n.description = '钠离子电池中试线' " + EmbeddingQueue.MARK);
		awaitEmbeddings();
		assertThat(this.embeddingJob.embeddedCount()).isEqualTo(embedded + 1);
		assertThat(hash("base-qingyuan-energy-storage")).isNotEqualTo(hash);
	}

	@Test
	void shouldEmbedAgainEveryEntityWhoseTextNamesARenamedLink() {
		long embedded = this.embeddingJob.embeddedCount();
		List<String> onLink = List.of("base-qingyuan-energy-storage", "base-planned-battery", "base-suspended-battery",
				"res-solid-electrolyte", "res-outside-safety", "ent-battery-maker", "demand-battery-safety");
		Map<String, String> before = new java.util.HashMap<>();
		onLink.forEach((id) -> before.put(id, hash(id)));
		String untouched = hash("res-waterless-dyeing");

		Reply reply = http().postDocument("upsertChainLink", Map.of("input", Map.of("id", "link-cell", "version", 0, "chainId",
				"chain-new-energy", "name", "电芯制造与化成", "stage", "MIDSTREAM", "aliases", List.of("电芯"))), EDITOR);
		assertThat(reply.<List<?>>read("$.data.upsertChainLink.errors")).isEmpty();
		awaitEmbeddings();

		// the link and the seven entities tied to it, nothing else
		assertThat(this.embeddingJob.embeddedCount()).isEqualTo(embedded + 1 + onLink.size());
		onLink.forEach((id) -> assertThat(hash(id)).as(id).isNotEqualTo(before.get(id)));
		assertThat(hash("res-waterless-dyeing")).isEqualTo(untouched);
		List<SearchHit> hits = this.search.search(new SearchRequest("电芯化成工艺", null, 10, null, null, null), SearchMethod.VECTOR);
		assertThat(hits).extracting((hit) -> hit.entity().id()).contains("link-cell");
		assertThat(hits).allMatch(SearchHit::embedded);
	}

	private String hash(String id) {
		try (Session session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run("MATCH (n:Entity {id: $id}) RETURN n.embeddingHash AS hash", Map.of("id", id))
				.single().get("hash").asString(null));
		}
	}

	private void write(String cypher) {
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> tx.run(cypher).consume());
		}
	}

}
