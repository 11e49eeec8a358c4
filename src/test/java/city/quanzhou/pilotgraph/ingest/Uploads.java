package city.quanzhou.pilotgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends files to {@code POST /admin/import} and fetches {@code /export/*} over real HTTP, as an
 * administrator's browser or curl does, and reads the JSON answers.
 */
final class Uploads {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int port;

	private final String token;

	Uploads(int port, String token) {
		this.port = port;
		this.token = token;
	}

	/** One part of the upload: the file name and its bytes. */
	record Part(String name, byte[] bytes) {

		static Part utf8(String name, String text) {
			return new Part(name, text.getBytes(StandardCharsets.UTF_8));
		}

	}

	/** An answer: status, the correlation id header, and the body as JSON. */
	record Answer(int status, String correlationHeader, JsonNode body) {

		List<String> problems() {
			return this.body.path("problems").valueStream()
				.map((p) -> p.path("file").asString() + " row " + p.path("row").asLong()
						+ (p.path("column").isNull() || p.path("column").isMissingNode() ? "" : " column " + p.path("column").asString())
						+ ": " + p.path("reason").asString())
				.toList();
		}

		String correlationId() {
			return this.body.path("correlationId").asString();
		}

	}

	Answer upload(boolean dryRun, Part... parts) {
		String boundary = "----pilotgraph-upload-test";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Part part : parts) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + part.name()
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(part.bytes());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return post("/admin/import" + (dryRun ? "?dryRun=true" : ""), "multipart/form-data; boundary=" + boundary, body.toByteArray());
	}

	Answer post(String path, String contentType, byte[] body) {
		HttpRequest request = HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Bearer " + this.token)
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new Answer(response.statusCode(), response.headers().firstValue("X-Correlation-Id").orElse(null),
				response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body()));
	}

	HttpResponse<byte[]> download(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + this.token).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request, handler);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static Map<String, String> encodings(Answer answer) {
		Map<String, String> encodings = new java.util.TreeMap<>();
		answer.body().path("encodings").properties().forEach((e) -> encodings.put(e.getKey(), e.getValue().asString()));
		return encodings;
	}

}
