package city.quanzhou.pilotgraph.digest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

import city.quanzhou.pilotgraph.HttpGraphQl;
import city.quanzhou.pilotgraph.HttpGraphQl.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small textile chain for the digest tests: a dyeing base covering 印染 and 制鞋, two waiting results on those
 * links owned by an institute, a ceramics result on an uncovered link (a gap), and an open demand on 印染.
 */
final class DigestFixture {

	static final String GRAPH = """
			CREATE (chain:Entity:IndustryChain {id: 'chain', name: '纺织鞋服', aliases: [], source: 'SYNTHETIC', version: 1})
			CREATE (dye:Entity:ChainLink {id: 'link-dye', name: '印染', aliases: [], source: 'SYNTHETIC', version: 1, stage: 'MIDSTREAM'})
			CREATE (shoe:Entity:ChainLink {id: 'link-shoe', name: '制鞋', aliases: [], source: 'SYNTHETIC', version: 1, stage: 'DOWNSTREAM'})
			CREATE (glaze:Entity:ChainLink {id: 'link-glaze', name: '功能面料', aliases: [], source: 'SYNTHETIC', version: 1, stage: 'UPSTREAM'})
			CREATE (base:Entity:TestBase {id: 'base', name: '石狮印染中试基地', aliases: [], source: 'SYNTHETIC', version: 1,
			  status: 'OPERATING', openToPublic: true, services: ['PILOT_MATURATION']})
			CREATE (inst:Entity:Institute {id: 'inst', name: '纺织研究院', aliases: [], source: 'SYNTHETIC', version: 1, inCity: true})
			CREATE (dyeing:Entity:Result {id: 'res-dye', name: '超临界二氧化碳无水染色', aliases: [], source: 'SYNTHETIC', version: 1,
			  maturity: 'BENCH', needsPilot: true, publishedOn: date() - duration('P10D'),
			  description: '以超临界二氧化碳代替水作为染色介质，涤纶织物无水染色，无印染废水排放。'})
			CREATE (sole:Entity:Result {id: 'res-sole', name: '生物基可降解鞋底材料', aliases: [], source: 'SYNTHETIC', version: 1,
			  maturity: 'BENCH', needsPilot: true, publishedOn: date() - duration('P20D'),
			  description: '以聚乳酸为基体的可降解运动鞋中底发泡材料。'})
			CREATE (fabric:Entity:Result {id: 'res-fabric', name: '石墨烯发热功能面料', aliases: [], source: 'SYNTHETIC', version: 1,
			  maturity: 'LAB', needsPilot: true, publishedOn: date() - duration('P5D'),
			  description: '石墨烯导电浆料涂层织物，低电压发热。'})
			CREATE (demand:Entity:Demand {id: 'demand', name: '印染废水深度回用', aliases: [], source: 'SYNTHETIC', version: 1, status: 'OPEN'})
			CREATE (dye)-[:PART_OF]->(chain), (shoe)-[:PART_OF]->(chain), (glaze)-[:PART_OF]->(chain)
			CREATE (base)-[:COVERS]->(dye), (base)-[:COVERS]->(shoe)
			CREATE (dyeing)-[:APPLIES_TO]->(dye), (sole)-[:APPLIES_TO]->(shoe), (fabric)-[:APPLIES_TO]->(glaze)
			CREATE (dyeing)-[:OWNED_BY]->(inst), (sole)-[:OWNED_BY]->(inst), (fabric)-[:OWNED_BY]->(inst)
			CREATE (demand)-[:ON_LINK]->(dye)
			""";

	private DigestFixture() {
	}

	/** Subscribes with the token and answers the new subscription's id and first run, failing on any error. */
	static Subscribed subscribe(HttpGraphQl http, Map<String, Object> input, String token) {
		Reply reply = http.postDocument("subscribeDigest", Map.of("input", input), token);
		assertThat(reply.<List<?>>read("$.data.subscribeDigest.errors")).as(reply.body()).isEmpty();
		return new Subscribed(reply.read("$.data.subscribeDigest.subscription.id"),
				OffsetDateTime.parse(reply.read("$.data.subscribeDigest.subscription.nextRunAt")));
	}

	record Subscribed(String id, OffsetDateTime firstRun) {
	}

	static Map<String, Object> input(Object... namesAndValues) {
		Map<String, Object> input = new HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			input.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return input;
	}

	/** The plain-text part of a mail. */
	static String plainText(Part part) {
		try {
			if (part.isMimeType("text/plain")) {
				return (String) part.getContent();
			}
			if (part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart body = multipart.getBodyPart(i);
					String text = plainText(body);
					if (text != null) {
						return text;
					}
				}
			}
			return null;
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
