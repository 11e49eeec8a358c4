package city.quanzhou.pilotgraph.digest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import city.quanzhou.pilotgraph.FixtureGraphTest;
import city.quanzhou.pilotgraph.HttpGraphQl.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Subscriptions and what digests bring: bad input refused naming the field with nothing written, who may
 * subscribe whom, gaps and an owner's matches, and answers that shape the next digest (no repeats; an item too
 * like one answered 不相关 left out).
 */
class DigestSubscriptionTests extends FixtureGraphTest {

	@Autowired
	DigestRunner runner;

	@BeforeEach
	void fixture() {
		replaceGraph(DigestFixture.GRAPH);
	}

	@Test
	void shouldRefuseBadSubscriptionsNamingTheFieldAndWriteNothing() {
		assertThat(errorFields(DigestFixture.input("kind", "RESULTS_FOR_BASE", "subjectId", "inst"), PLANNER)).containsExactly("subjectId");
		assertThat(errorFields(DigestFixture.input("kind", "RESULTS_FOR_BASE", "subjectId", "nowhere"), PLANNER)).containsExactly("subjectId");
		assertThat(errorFields(DigestFixture.input("kind", "RESULTS_FOR_BASE", "subjectId", "base", "schedule", "every monday"), PLANNER))
			.containsExactly("schedule");
		assertThat(errorFields(DigestFixture.input("kind", "RESULTS_FOR_BASE", "subjectId", "base", "schedule", "0 * * * * *"), PLANNER))
			.as("every minute").containsExactly("schedule");
		assertThat(errorFields(DigestFixture.input("kind", "RESULTS_FOR_BASE", "subjectId", "base", "email", "not-an-address",
				"webhookUrl", "ftp://example.com/x"), PLANNER)).containsExactlyInAnyOrder("email", "webhookUrl");
		assertThat(errorFields(DigestFixture.input("kind", "RESULTS_FOR_BASE", "subjectId", "base", "district", "晋江市"), PLANNER))
			.containsExactly("district");
		assertThat(errorFields(DigestFixture.input("kind", "GAPS_IN_CHAIN", "subjectId", "chain", "district", "火星"), PLANNER))
			.containsExactly("district");
		assertThat(errorFields(DigestFixture.input("kind", "RESULTS_FOR_BASE", "subjectId", "base", "owner", "someone-else"), BROKER))
			.as("a user subscribes only themselves").containsExactly("owner");
		assertThat(count("MATCH (s:DigestSubscription) RETURN count(s)")).isZero();

		Reply anonymous = http().postDocument("subscribeDigest",
				Map.of("input", DigestFixture.input("kind", "RESULTS_FOR_BASE", "subjectId", "base")), null);
		assertThat(anonymous.<String>read("$.errors[0].extensions.classification")).isEqualTo("UNAUTHORIZED");
		assertThat(http().postDocument("digestInbox", Map.of(), null).<String>read("$.errors[0].extensions.classification"))
			.isEqualTo("UNAUTHORIZED");

		// an admin subscribes a base's contact; the broker sees only their own, and cannot read the other's inbox
		DigestFixture.Subscribed forBase = DigestFixture.subscribe(http(),
				DigestFixture.input("kind", "RESULTS_FOR_BASE", "subjectId", "base", "owner", "王经纪"), ADMIN);
		assertThat(errorFields(DigestFixture.input("kind", "RESULTS_FOR_BASE", "subjectId", "base"), BROKER))
			.as("the same digest twice").containsExactly("subjectId");
		assertThat(http().postDocument("digestInbox", Map.of("owner", "PLANNER"), BROKER)
			.<String>read("$.errors[0].extensions.classification")).isEqualTo("FORBIDDEN");
		Reply removed = http().post("mutation($id: ID!) { unsubscribeDigest(id: $id) { errors { field } } }",
				Map.of("id", forBase.id()), PLANNER);
		assertThat(removed.<List<String>>read("$.data.unsubscribeDigest.errors[*].field")).as("not the planner's").containsExactly("id");
		assertThat(count("MATCH (s:DigestSubscription) RETURN count(s)")).isEqualTo(1);
	}

	@Test
	void shouldBringGapsOfAChainAndBasesAndDemandsForAResultOwner() {
		DigestFixture.Subscribed gaps = DigestFixture.subscribe(http(),
				DigestFixture.input("kind", "GAPS_IN_CHAIN", "subjectId", "chain"), PLANNER);
		DigestFixture.Subscribed owner = DigestFixture.subscribe(http(),
				DigestFixture.input("kind", "MATCHES_FOR_OWNER", "subjectId", "inst", "schedule", "0 30 9 * * *"), BROKER);
		Instant now = gaps.firstRun().toInstant().plusSeconds(60);
		assertThat(this.runner.runDue(now)).hasSize(2);

		Reply planner = http().postDocument("digestInbox", Map.of("subscriptionId", gaps.id()), PLANNER);
		assertThat(planner.<List<String>>read("$.data.digestInbox[0].items[*].entityId")).containsExactly("link-glaze");
		assertThat(planner.<List<String>>read("$.data.digestInbox[0].items[0].reasons")).containsExactly(
				"「功能面料」环节有1项成果待中试（如「石墨烯发热功能面料」）", "没有运行中或在建的中试基地覆盖该环节");

		Reply broker = http().postDocument("digestInbox", Map.of("subscriptionId", owner.id()), BROKER);
		assertThat(broker.<List<String>>read("$.data.digestInbox[0].items[*].entityId")).containsExactlyInAnyOrder("base", "demand");
		assertThat(broker.<List<String>>read("$.data.digestInbox[0].items[?(@.entityId == 'demand')].reasons[0]"))
			.containsExactly("需求所在环节印染与贵单位成果「超临界二氧化碳无水染色」相同");
		assertThat(broker.<List<String>>read("$.data.digestInbox[0].items[?(@.entityId == 'base')].reasons[0]"))
			.allMatch((reason) -> reason.startsWith("适合贵单位成果「"));
	}

	@Test
	void shouldLeaveOutRepeatsAndItemsLikeOneAnsweredIrrelevant() {
		embedGraph();
		DigestFixture.Subscribed subscribed = DigestFixture.subscribe(http(),
				DigestFixture.input("kind", "RESULTS_FOR_BASE", "subjectId", "base"), PLANNER);
		Instant now = subscribed.firstRun().toInstant().plusSeconds(60);
		this.runner.runDue(now);
		Reply first = http().postDocument("digestInbox", Map.of(), PLANNER);
		List<String> firstItems = first.read("$.data.digestInbox[0].items[*].entityId");
		assertThat(firstItems).contains("res-dye", "res-sole");
		String dyeItem = first.<List<String>>read("$.data.digestInbox[0].items[?(@.entityId == 'res-dye')].id").getFirst();
		Reply answered = http().postDocument("answerDigestItem", Map.of("itemId", dyeItem, "answer", "IRRELEVANT"), PLANNER);
		assertThat(answered.<String>read("$.data.answerDigestItem.item.answerLabel")).isEqualTo("不相关");
		assertThat(http().postDocument("answerDigestItem", Map.of("itemId", dyeItem, "answer", "INTERESTED"), BROKER)
			.<List<String>>read("$.data.answerDigestItem.errors[*].field")).as("not the broker's item").containsExactly("itemId");

		// two new results on the base's links: one nearly the same as the dismissed one, one of another kind
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> tx.run("""
					MATCH (dye:ChainLink {id: 'link-dye'}), (shoe:ChainLink {id: 'link-shoe'})
					CREATE (:Entity:Result {id: 'res-dye-2', name: '超临界二氧化碳无水染色技术', aliases: [], source: 'SYNTHETIC',
					  version: 1, maturity: 'BENCH', needsPilot: true, publishedOn: date() - duration('P1D'),
					  description: '以超临界二氧化碳代替水作为染色介质，涤纶织物无水染色，无印染废水排放。'})-[:APPLIES_TO]->(dye)
					CREATE (:Entity:Result {id: 'res-upper', name: '一体成型飞织鞋面', aliases: [], source: 'SYNTHETIC',
					  version: 1, maturity: 'BENCH', needsPilot: true, publishedOn: date() - duration('P1D'),
					  description: '电脑横机一次织造成型的运动鞋鞋面。'})-[:APPLIES_TO]->(shoe)
					""").consume());
		}
		embedGraph();
		this.runner.runDue(now.plus(Duration.ofDays(7)));
		Reply second = http().postDocument("digestInbox", Map.of(), PLANNER);
		assertThat(second.<List<String>>read("$.data.digestInbox[*].title")).hasSize(2);
		List<String> secondItems = second.read("$.data.digestInbox[0].items[*].entityId");
		assertThat(secondItems).as("nothing like the dismissed result").contains("res-upper").doesNotContain("res-dye-2");
		assertThat(secondItems).as("no repeat of the first digest").doesNotContainAnyElementsOf(firstItems);
	}

	private List<String> errorFields(Map<String, Object> input, String token) {
		Reply reply = http().postDocument("subscribeDigest", Map.of("input", input), token);
		assertThat(reply.<Object>read("$.data.subscribeDigest")).as(reply.body()).isNotNull();
		return reply.read("$.data.subscribeDigest.errors[*].field");
	}

}
