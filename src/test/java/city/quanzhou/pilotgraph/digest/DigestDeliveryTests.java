package city.quanzhou.pilotgraph.digest;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import city.quanzhou.pilotgraph.FixtureGraphTest;
import city.quanzhou.pilotgraph.HttpGraphQl.Reply;
import city.quanzhou.pilotgraph.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Digests delivered to a real SMTP server (GreenMail) and a real HTTP receiver that checks the signature: the
 * weekly mail with the matching results, their reasons and working signed feedback links, not twice and not
 * when nothing is new; a webhook retried after a 500; a failing mail server that holds up no webhook; and a
 * delivery left claimed by an instance that died, taken up by a fresh pass of the job.
 */
class DigestDeliveryTests extends FixtureGraphTest {

	private static final Pattern LINK = Pattern.compile("(https?://\\S+/digest/feedback\\?\\S+)");

	@LocalServerPort
	int port;

	@Autowired
	DigestRunner runner;

	@Autowired
	DeliveryJob deliveries;

	private GreenMail smtp;

	private HttpServer receiver;

	private final List<Map<String, String>> received = new CopyOnWriteArrayList<>();

	private final AtomicInteger failuresToGive = new AtomicInteger();

	@BeforeEach
	void fixture() throws IOException {
		replaceGraph(DigestFixture.GRAPH);
		this.receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.receiver.createContext("/hook", (exchange) -> {
			String body;
			try (InputStream in = exchange.getRequestBody()) {
				body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			String timestamp = exchange.getRequestHeaders().getFirst("X-Pilotgraph-Timestamp");
			String signature = exchange.getRequestHeaders().getFirst("X-Pilotgraph-Signature");
			int status;
			if (this.failuresToGive.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
				status = 500;
			}
			else if (!("sha256=" + Signatures.hmac(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), timestamp + "." + body))
				.equals(signature)) {
				status = 401;
			}
			else {
				status = 200;
				this.received.add(Map.of("body", body, "delivery", exchange.getRequestHeaders().getFirst("X-Pilotgraph-Delivery"),
						"timestamp", timestamp, "signature", signature));
			}
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		this.receiver.start();
	}

	@AfterEach
	void stopServers() {
		this.receiver.stop(0);
		if (this.smtp != null) {
			this.smtp.stop();
		}
	}

	@Test
	void shouldMailAWeeklyDigestWithReasonsAndWorkingFeedbackLinksOnceAndNotWhenNothingIsNew() throws Exception {
		startSmtp();
		DigestFixture.Subscribed subscribed = DigestFixture.subscribe(http(),
				DigestFixture.input("kind", "RESULTS_FOR_BASE", "subjectId", "base", "email", "base@example.com"), PLANNER);
		ZonedDateTime firstRun = subscribed.firstRun().atZoneSameInstant(ZoneId.of("Asia/Shanghai"));
		assertThat(firstRun.getDayOfWeek()).as("weekly by default, Mondays at 08:00 in Shanghai").isEqualTo(java.time.DayOfWeek.MONDAY);
		assertThat(firstRun.getHour()).isEqualTo(8);
		Instant now = subscribed.firstRun().toInstant().plusSeconds(60);

		assertThat(this.runner.runDue(now)).hasSize(1);
		assertThat(this.deliveries.deliverDue(now).delivered()).isEqualTo(1);
		MimeMessage[] mails = this.smtp.getReceivedMessages();
		assertThat(mails).hasSize(1);
		assertThat(mails[0].getSubject()).contains("石狮印染中试基地", "2项新成果待中试");
		assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("base@example.com");
		String text = DigestFixture.plainText(mails[0]);
		assertThat(text).contains("超临界二氧化碳无水染色", "生物基可降解鞋底材料", "覆盖该成果所属环节：印染", "覆盖该成果所属环节：制鞋")
			.doesNotContain("石墨烯发热功能面料");

		// the inbox holds the same digest, with why each item was chosen
		Reply inbox = http().postDocument("digestInbox", Map.of("subscriptionId", subscribed.id()), PLANNER);
		assertThat(inbox.<List<String>>read("$.data.digestInbox[0].items[*].entityId")).containsExactlyInAnyOrder("res-dye", "res-sole");
		assertThat(inbox.<List<String>>read("$.data.digestInbox[0].deliveries[*].state")).containsExactly("DELIVERED");
		assertThat(http().postDocument("digestInbox", Map.of(), BROKER).<List<?>>read("$.data.digestInbox")).as("not the broker's").isEmpty();

		// 不相关 from the mail: opening the link only asks; the button records it
		String irrelevant = link(text, "超临界二氧化碳无水染色", "不相关");
		HttpResponse<String> page = get(irrelevant);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("不相关", "<form method=\"post\"");
		assertThat(count("MATCH (i:DigestItem {entityId: 'res-dye'}) WHERE i.answer IS NOT NULL RETURN count(i)")).isZero();
		HttpResponse<String> recorded = post(irrelevant);
		assertThat(recorded.statusCode()).isEqualTo(200);
		assertThat(recorded.body()).contains("已记录", "超临界二氧化碳无水染色");
		assertThat(http().postDocument("digestInbox", Map.of("subscriptionId", subscribed.id()), PLANNER)
			.<List<String>>read("$.data.digestInbox[0].items[?(@.entityId == 'res-dye')].answerLabel")).containsExactly("不相关");
		// a link whose answer was changed no longer carries a valid signature
		assertThat(post(irrelevant.replace("answer=IRRELEVANT", "answer=INTERESTED")).statusCode()).isEqualTo(403);

		// delivered once: another pass sends nothing; next week, with nothing new, there is no digest and no mail
		assertThat(this.deliveries.deliverDue(now.plusSeconds(3600)).delivered()).isZero();
		Instant nextWeek = now.plus(Duration.ofDays(7));
		assertThat(this.runner.runDue(nextWeek)).isEmpty();
		assertThat(this.deliveries.deliverDue(nextWeek).delivered()).isZero();
		assertThat(this.smtp.getReceivedMessages()).hasSize(1);
		assertThat(count("MATCH (d:Digest) RETURN count(d)")).isEqualTo(1);
	}

	@Test
	void shouldSignWebhooksRetryAfterA500AndNotLetAFailingMailServerHoldThemUp() throws Exception {
		this.failuresToGive.set(1);
		DigestFixture.Subscribed subscribed = DigestFixture.subscribe(http(),
				DigestFixture.input("kind", "RESULTS_FOR_BASE", "subjectId", "base", "email", "base@example.com",
						"webhookUrl", hook()), BROKER);
		Instant now = subscribed.firstRun().toInstant().plusSeconds(60);
		String key = this.runner.runDue(now).getFirst();

		// no SMTP server listens yet and the receiver answers 500: both attempts fail, both wait to be retried
		assertThat(this.deliveries.deliverDue(now).failed()).isEqualTo(2);
		assertThat(states()).containsExactly("EMAIL:PENDING:1", "WEBHOOK:PENDING:1");
		assertThat(this.deliveries.deliverDue(now.plusSeconds(10)).delivered()).as("before the back-off ends").isZero();

		// after the back-off the webhook goes through while the mail server still fails
		Instant later = now.plusSeconds(120);
		assertThat(this.deliveries.deliverDue(later)).isEqualTo(new DeliveryJob.Outcome(1, 1));
		assertThat(states()).containsExactly("EMAIL:PENDING:2", "WEBHOOK:DELIVERED:2");
		assertThat(this.received).hasSize(1);
		Map<String, String> call = this.received.getFirst();
		assertThat(call.get("delivery")).isEqualTo(key + "#WEBHOOK");
		assertThat(JsonPath.<String>read(call.get("body"), "$.deliveryId")).isEqualTo(key + "#WEBHOOK");
		assertThat(JsonPath.<List<String>>read(call.get("body"), "$.items[*].entityId")).containsExactlyInAnyOrder("res-dye", "res-sole");
		assertThat(JsonPath.<List<String>>read(call.get("body"), "$.items[*].reasons[0]")).allMatch((r) -> r.startsWith("覆盖该成果所属环节"));

		// the receiver refuses a body that is not the one signed
		HttpResponse<Void> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(hook()))
			.header("X-Pilotgraph-Timestamp", call.get("timestamp"))
			.header("X-Pilotgraph-Signature", call.get("signature"))
			.POST(HttpRequest.BodyPublishers.ofString(call.get("body").replace("res-dye", "res-xxx")))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(forged.statusCode()).isEqualTo(401);

		// once the mail server is back, the mail goes at its next attempt (the second wait is five times the first)
		startSmtp();
		assertThat(this.deliveries.deliverDue(later.plusSeconds(299)).delivered()).isZero();
		assertThat(this.deliveries.deliverDue(later.plusSeconds(301)).delivered()).isEqualTo(1);
		assertThat(states()).containsExactly("EMAIL:DELIVERED:3", "WEBHOOK:DELIVERED:2");
		assertThat(this.smtp.getReceivedMessages()).hasSize(1);
		assertThat(this.received).hasSize(1);
	}

	@Test
	void shouldTakeUpADeliveryLeftClaimedByAnInstanceThatDiedAndSendItOnce() throws Exception {
		DigestFixture.Subscribed subscribed = DigestFixture.subscribe(http(),
				DigestFixture.input("kind", "RESULTS_FOR_BASE", "subjectId", "base", "webhookUrl", hook()), ADMIN);
		Instant now = subscribed.firstRun().toInstant().plusSeconds(60);
		this.runner.runDue(now);
		// another instance claimed it and died before it recorded anything: its lease still runs for five minutes
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> tx.run("""
					MATCH (d:DigestDelivery) SET d.claimedBy = 'instance-gone', d.attempts = 1,
					      d.leaseUntil = datetime($until)""", Map.of("until", now.plusSeconds(300).toString())).consume());
		}
		assertThat(this.deliveries.deliverDue(now.plusSeconds(60)).delivered()).isZero();

		// after the lease, two passes at once (as two instances would run them): one claims and sends it
		Instant afterLease = now.plusSeconds(301);
		CompletableFuture<DeliveryJob.Outcome> one = CompletableFuture.supplyAsync(() -> this.deliveries.deliverDue(afterLease));
		CompletableFuture<DeliveryJob.Outcome> two = CompletableFuture.supplyAsync(() -> this.deliveries.deliverDue(afterLease));
		assertThat(one.get().delivered() + two.get().delivered()).isEqualTo(1);
		assertThat(this.received).hasSize(1);
		assertThat(states()).containsExactly("WEBHOOK:DELIVERED:2");
	}

	private void startSmtp() {
		this.smtp = new GreenMail(new ServerSetup(TestMail.port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.smtp.start();
	}

	private String hook() {
		return "http://127.0.0.1:" + this.receiver.getAddress().getPort() + "/hook";
	}

	private List<String> states() {
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run("""
					MATCH (d:DigestDelivery) RETURN d.channel + ':' + d.state + ':' + d.attempts AS state ORDER BY state""")
				.list((row) -> row.get("state").asString()));
		}
	}

	/** The feedback link of an item in a mail's text, pointed at this test's service. */
	private String link(String text, String itemName, String label) {
		String block = text.substring(text.indexOf(itemName));
		String line = block.substring(block.indexOf(label + "："));
		Matcher matcher = LINK.matcher(line);
		assertThat(matcher.find()).as(line).isTrue();
		URI uri = URI.create(matcher.group(1));
		return "http://127.0.0.1:" + this.port + uri.getRawPath() + "?" + uri.getRawQuery();
	}

	private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** What the confirmation page's button sends: the same signed parameters, as a form. */
	private static HttpResponse<String> post(String url) throws IOException, InterruptedException {
		URI uri = URI.create(url);
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url.substring(0, url.indexOf('?'))))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(uri.getRawQuery()))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
