package city.quanzhou.pilotgraph.system;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * graphql-ws as its protocol says: a frame that is not a valid message (not JSON, an unknown or missing type, a
 * subscribe without a query, ...) closes the socket with 4400 "Invalid message" and one line in the log. Spring's
 * handler lets such a frame escape as an exception, which closed with 1011 (server error) and logged a stack
 * trace for every bad frame a client chose to send. Replaces Spring Boot's handler bean; the mapping to
 * {@code spring.graphql.websocket.path} stays Boot's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlWebSocketProtocol {

	private static final Logger log = LoggerFactory.getLogger(GraphQlWebSocketProtocol.class);

	static final CloseStatus INVALID_MESSAGE = new CloseStatus(4400, "Invalid message");

	@Bean
	GraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler handler, GraphQlProperties properties,
			GraphQlCorsProperties cors) {
		CorsConfiguration corsConfiguration = cors.toCorsConfiguration();
		return new InvalidFramesClosed(handler, jsonConverter(), properties.getWebsocket().getConnectionInitTimeout(),
				properties.getWebsocket().getKeepAlive(), (corsConfiguration != null) ? corsConfiguration : new CorsConfiguration());
	}

	@SuppressWarnings("unchecked")
	private static HttpMessageConverter<Object> jsonConverter() {
		for (HttpMessageConverter<?> converter : HttpMessageConverters.forServer().registerDefaults().build()) {
			if (converter.canRead(Map.class, MediaType.APPLICATION_JSON)) {
				return (HttpMessageConverter<Object>) converter;
			}
		}
		throw new IllegalStateException("No JSON converter for graphql-ws messages");
	}

	static final class InvalidFramesClosed extends GraphQlWebSocketHandler {

		private static final String LOGGED = InvalidFramesClosed.class.getName() + ".logged";

		InvalidFramesClosed(WebGraphQlHandler handler, HttpMessageConverter<Object> converter,
				java.time.Duration initTimeout, java.time.Duration keepAlive, CorsConfiguration cors) {
			super(handler, converter, initTimeout, keepAlive, cors);
		}

		@Override
		protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
			try {
				super.handleTextMessage(session, message);
			}
			catch (HttpMessageConversionException | IllegalArgumentException | IllegalStateException
					| ServerWebInputException | ClassCastException ex) {
				// (Spring's handler casts the payload to a map: a payload of another JSON type fails there)
				// the client's fault, not ours: one line, no stack trace
				log.info("graphql-ws session {} from {} sent an invalid message ({}); closed with 4400", session.getId(),
						session.getRemoteAddress(), firstLine(ex));
				session.getAttributes().put(LOGGED, Boolean.TRUE);
				if (session.isOpen()) {
					session.close(INVALID_MESSAGE);
				}
			}
		}

		/** Frames Spring's handler refuses by itself (a message without a type, say) get their one line here. */
		@Override
		public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
			super.afterConnectionClosed(session, status);
			if (status.getCode() == INVALID_MESSAGE.getCode() && session.getAttributes().get(LOGGED) == null) {
				log.info("graphql-ws session {} from {} sent an invalid message; closed with 4400", session.getId(),
						session.getRemoteAddress());
			}
		}

		private static String firstLine(Exception ex) {
			String text = String.valueOf(ex.getMessage());
			int end = text.indexOf('\n');
			text = (end >= 0) ? text.substring(0, end) : text;
			return (text.length() > 200) ? text.substring(0, 200) + "…" : text;
		}

	}

}
