package city.quanzhou.pilotgraph.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/**
 * Sends generated requests over real HTTP, a few at a time, and records every response that breaks the
 * rules: a 5xx status, an answer that is not a GraphQL response, an internal error (bad input must get a
 * clear error, not a failure), anything that looks like an internal detail (a stack frame, a class name, a
 * database status code or Cypher text), or no answer within the time limit.
 */
final class FuzzCampaign {

	/** Reads in the test suite (with MutationFuzzTests, 5,000 in all); more with -Dpilotgraph.fuzz.operations=N, another seed with -Dpilotgraph.fuzz.seed=N. */
	static final int OPERATIONS = Integer.getInteger("pilotgraph.fuzz.operations", 3500);

	static final long SEED = Long.getLong("pilotgraph.fuzz.seed", 20261128L);

	private static final Duration HUNG = Duration.ofSeconds(30);

	private static final Pattern LEAK = Pattern.compile(String.join("|",
			"\\tat ", "\\bat [a-z]+\\.[a-z]+\\.[\\w.$]+\\(", "Caused by", "Exception", "\\.java:\\d+",
			"\\b(java|jakarta|org|com|city|graphql|reactor)\\.[a-z]+\\.[a-zA-Z]", "Neo\\.(ClientError|TransientError|DatabaseError)",
			"UNWIND \\$", "CALL db\\.", "CALL \\{", "\\bMATCH \\(\\w+:", "SET \\w+\\.", "RETURN \\w+ AS "));

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI endpoint;

	private final String token;

	FuzzCampaign(int port, String token) {
		this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
		this.token = token;
	}

	record Finding(String problem, OperationGenerator.Request request, int status, String body) {

		@Override
		public String toString() {
			String shown = this.body.length() > 600 ? this.body.substring(0, 600) + "…" : this.body;
			return this.problem + " [" + this.request.description() + "] status " + this.status + "\n  request: "
					+ abbreviate(this.request.body()) + "\n  response: " + shown;
		}

		private static String abbreviate(String text) {
			return text.length() > 600 ? text.substring(0, 600) + "…" : text;
		}

	}

	private static final Pattern CLASSIFICATION = Pattern.compile("\"classification\":\"(\\w+)\"");

	/** The first error classification of each response (none when it had no error): what the run exercised. */
	private final java.util.concurrent.ConcurrentMap<String, Integer> refusals = new java.util.concurrent.ConcurrentSkipListMap<>();

	private final java.util.concurrent.atomic.AtomicInteger answeredWithData = new java.util.concurrent.atomic.AtomicInteger();

	/**
	 * answeredWithData: responses with data, which shows the generated operations reach the resolvers;
	 * refusedForRole: responses whose first error is UNAUTHORIZED or FORBIDDEN, which no resolver was to answer
	 * for this caller.
	 */
	record Outcome(int sent, int answeredWithData, int refusedForRole, List<Finding> findings) {

		/** The first findings in full: enough to reproduce each with the same seed. */
		String report() {
			return this.findings.size() + " of " + this.sent + " responses broke the rules (seed " + SEED + "):\n"
					+ String.join("\n", this.findings.stream().limit(15).map(Finding::toString).toList());
		}

	}

	Outcome run(OperationGenerator generator, int operations) throws Exception {
		List<OperationGenerator.Request> requests = new ArrayList<>();
		for (int i = 0; i < operations; i++) {
			requests.add(generator.next());
		}
		List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			List<Future<?>> sent = new ArrayList<>();
			for (OperationGenerator.Request request : requests) {
				sent.add(pool.submit(() -> send(request, findings)));
			}
			for (Future<?> each : sent) {
				each.get();
			}
		}
		System.out.printf("Fuzzed %d operations (seed %d): %d answered with data; first error by classification %s%n",
				requests.size(), SEED, this.answeredWithData.get(), this.refusals);
		int refusedForRole = this.refusals.getOrDefault("UNAUTHORIZED", 0) + this.refusals.getOrDefault("FORBIDDEN", 0);
		return new Outcome(requests.size(), this.answeredWithData.get(), refusedForRole, findings);
	}

	/** What is wrong with a response, or null when it keeps the rules. */
	static String problemWith(int status, String body) {
		if (status >= 500) {
			return "5xx response";
		}
		if (LEAK.matcher(body).find()) {
			return "internal detail in the response";
		}
		if (body.contains("INTERNAL_ERROR")) {
			return "internal error instead of a clear refusal";
		}
		if (status == 200 && !(body.startsWith("{\"data\"") || body.startsWith("{\"errors\""))) {
			return "not a GraphQL response";
		}
		return null;
	}

	private void send(OperationGenerator.Request request, List<Finding> findings) {
		HttpRequest.Builder http = HttpRequest.newBuilder(this.endpoint)
			.timeout(HUNG)
			.header("Content-Type", request.contentType())
			.header("Accept", "application/graphql-response+json, application/json")
			.POST(HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
		if (this.token != null) {
			http.header("Authorization", "Bearer " + this.token);
		}
		try {
			HttpResponse<String> response = this.client.send(http.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			String problem = problemWith(response.statusCode(), response.body());
			if (problem != null) {
				findings.add(new Finding(problem, request, response.statusCode(), response.body()));
			}
			else {
				if (response.body().contains("\"data\":{")) {
					this.answeredWithData.incrementAndGet();
				}
				var classification = CLASSIFICATION.matcher(response.body());
				this.refusals.merge(classification.find() ? classification.group(1) : "none", 1, Integer::sum);
			}
		}
		catch (HttpTimeoutException ex) {
			findings.add(new Finding("no answer within " + HUNG.toSeconds() + " s", request, 0, ""));
		}
		catch (IOException ex) {
			findings.add(new Finding("connection failed: " + ex.getMessage(), request, 0, ""));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
