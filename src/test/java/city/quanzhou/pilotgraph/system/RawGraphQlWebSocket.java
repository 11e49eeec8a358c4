package city.quanzhou.pilotgraph.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import net.minidev.json.JSONValue;

/**
 * A graphql-ws client that sends frames exactly as given, malformed ones included, and records every message
 * and the close code it gets back: what a hostile or broken client does, which a well-behaved client library
 * cannot send.
 */
final class RawGraphQlWebSocket implements AutoCloseable {

	private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();

	private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();

	private final WebSocket socket;

	RawGraphQlWebSocket(int port, Map<String, String> headers) {
		WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
			.subprotocols("graphql-transport-ws")
			.connectTimeout(Duration.ofSeconds(10));
		headers.forEach(builder::header);
		this.socket = builder.buildAsync(URI.create("ws://127.0.0.1:" + port + "/graphql"), new Listener()).join();
	}

	RawGraphQlWebSocket send(String frame) {
		this.socket.sendText(frame, true).join();
		return this;
	}

	/** connection_init, answered with connection_ack. */
	RawGraphQlWebSocket initialised() throws InterruptedException {
		send("{\"type\":\"connection_init\",\"payload\":{}}");
		DocumentContext ack = next();
		if (!"connection_ack".equals(ack.read("$.type"))) {
			throw new IllegalStateException("expected connection_ack, got " + ack.jsonString());
		}
		return this;
	}

	RawGraphQlWebSocket subscribe(String id, String document) {
		return send(JSONValue.toJSONString(Map.of("type", "subscribe", "id", id, "payload", Map.of("query", document))));
	}

	/** The next message, waiting up to a minute (two busy cores). */
	DocumentContext next() throws InterruptedException {
		String message = this.messages.poll(60, TimeUnit.SECONDS);
		if (message == null) {
			throw new IllegalStateException("no message within 60 s");
		}
		return JsonPath.parse(message);
	}

	/** The code the server closed the connection with, waiting up to a minute. */
	int closeCode() throws Exception {
		return this.closeCode.get(60, TimeUnit.SECONDS);
	}

	boolean isOpen() {
		return !this.closeCode.isDone();
	}

	@Override
	public void close() {
		if (!this.socket.isOutputClosed()) {
			this.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
		}
		this.socket.abort();
	}

	private final class Listener implements WebSocket.Listener {

		private final StringBuilder partial = new StringBuilder();

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			this.partial.append(data);
			if (last) {
				RawGraphQlWebSocket.this.messages.add(this.partial.toString());
				this.partial.setLength(0);
			}
			webSocket.request(1);
			return null;
		}

		@Override
		public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
			RawGraphQlWebSocket.this.closeCode.complete(statusCode);
			return null;
		}

		@Override
		public void onError(WebSocket webSocket, Throwable error) {
			RawGraphQlWebSocket.this.closeCode.completeExceptionally(error);
		}

	}

}
