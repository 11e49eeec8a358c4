package city.quanzhou.pilotgraph.system;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import city.quanzhou.pilotgraph.FixtureGraphTest;
import city.quanzhou.pilotgraph.HttpGraphQl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed graphql-ws frames close the connection with the protocol's 4400 and one log line each, not with
 * 1011 (a server error) and a stack trace per frame.
 */
@ExtendWith(OutputCaptureExtension.class)
class GraphQlWebSocketProtocolTests extends FixtureGraphTest {

	@LocalServerPort
	int port;

	@Test
	void shouldCloseWith4400AndOneLogLineOnFramesThatAreNoMessages(CapturedOutput output) throws Exception {
		List<String> beforeInit = List.of("this is not json", "{\"type\":\"no-such-type\"}", "{\"id\":\"1\"}", "[1,2,3]",
				"{\"type\":\"connection_init\",\"payload\":\"not an object\"}");
		for (String frame : beforeInit) {
			try (RawGraphQlWebSocket socket = new RawGraphQlWebSocket(this.port, Map.of())) {
				assertThat(socket.send(frame).closeCode()).as(frame).isEqualTo(4400);
			}
		}
		List<String> afterInit = List.of("{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{}}",
				"{\"type\":\"subscribe\",\"id\":\"2\"}", "{\"type\":\"subscribe\",\"id\":\"3\",\"payload\":{\"query\":42}}");
		for (String frame : afterInit) {
			try (RawGraphQlWebSocket socket = new RawGraphQlWebSocket(this.port, Map.of())) {
				assertThat(socket.initialised().send(frame).closeCode()).as(frame).isEqualTo(4400);
			}
		}
		int frames = beforeInit.size() + afterInit.size();
		assertThat(output.getAll().lines().filter((line) -> line.contains("sent an invalid message"))).hasSize(frames);
		assertThat(output.getAll()).doesNotContain("Closing session due to exception")
			.doesNotContain("HttpMessageNotReadableException")
			.doesNotContain("at org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler");
	}

	@Test
	void shouldStillAnswerWellFormedOperations() throws Exception {
		replaceGraph("CREATE (:District {code: '350582', name: '晋江市'})");
		try (RawGraphQlWebSocket socket = new RawGraphQlWebSocket(this.port, Map.of())) {
			socket.initialised().subscribe("1", HttpGraphQl.document("districts"));
			assertThat(socket.next().<String>read("$.payload.data.districts[0].name")).isEqualTo("晋江市");
			assertThat(socket.next().<String>read("$.type")).isEqualTo("complete");
		}
	}

}
