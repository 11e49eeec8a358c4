package city.quanzhou.pilotgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import net.minidev.json.JSONValue;

import org.springframework.core.io.ClassPathResource;

/**
 * GraphQL over real HTTP, as clients send it, with an optional bearer token: what goes through the
 * security filters and the transport, unlike the in-process tester.
 */
public final class HttpGraphQl {

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final int port;

	public HttpGraphQl(int port) {
		this.port = port;
	}

	/**
	 * The text of {@code src/test/resources/graphql-test/<name>.graphql}, where the tests' operations live (as
	 * {@code GraphQlTester.documentName} reads them), for requests sent over real HTTP or a raw WebSocket.
	 */
	public static String document(String name) {
		try {
			return new ClassPathResource("graphql-test/" + name + ".graphql").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No test operation graphql-test/" + name + ".graphql", ex);
		}
	}

	/** Sends the operation of {@code graphql-test/<name>.graphql}. */
	public Reply postDocument(String name, Map<String, Object> variables, String token) {
		return post(document(name), variables, token);
	}

	public Reply post(String document, Map<String, Object> variables, String token) {
		return post(document, null, variables, token);
	}

	/** One operation of a document that holds several, by its name. */
	public Reply post(String document, String operationName, Map<String, Object> variables, String token) {
		Map<String, Object> body = new HashMap<>();
		body.put("query", document);
		if (operationName != null) {
			body.put("operationName", operationName);
		}
		body.put("variables", variables);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json, application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSONValue.toJSONString(body), StandardCharsets.UTF_8));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			HttpResponse<String> response = this.client.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Reply(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A response: its status and its JSON body, read with JsonPath ({@code $.data.x}, {@code $.errors[0]...}). */
	public record Reply(int status, String body) {

		public DocumentContext json() {
			return JsonPath.parse(this.body);
		}

		public <T> T read(String path) {
			return json().read(path);
		}

	}

}
