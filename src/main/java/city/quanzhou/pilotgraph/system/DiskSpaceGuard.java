package city.quanzhou.pilotgraph.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import reactor.core.publisher.Mono;

/**
 * Refuses writes while the embedded database's disk is below {@code pilotgraph.disk.min-free}, before the
 * database can run out of space mid-write and panic: GraphQL mutations get an INSUFFICIENT_STORAGE error, uploads
 * to {@code /admin/import} a 507. Reads go on. Only the embedded database's disk is ours to watch.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("pilotgraph.embedded")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class DiskSpaceGuard {

	@Bean
	WebGraphQlInterceptor mutationsNeedDiskSpace(DataDirectory dataDirectory) {
		return (request, chain) -> {
			// a read skips the check: the watermark's lookup in the environment and the file system's free space
			// cost a tenth of a short read's time (docs/benchmarks.md), and a mutation needs its keyword
			if (!request.getDocument().contains("mutation")) {
				return chain.next(request);
			}
			String refusal = dataDirectory.writeRefusal();
			if (refusal == null || !isMutation(request)) {
				return chain.next(request);
			}
			ExecutionResult result = ExecutionResult.newExecutionResult()
				.addError(GraphqlErrorBuilder.newError().message(refusal).errorType(ServiceErrorType.INSUFFICIENT_STORAGE).build())
				.build();
			return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
		};
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> importsNeedDiskSpace(DataDirectory dataDirectory) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String refusal = "POST".equals(request.getMethod()) ? dataDirectory.writeRefusal() : null;
				if (refusal == null) {
					chain.doFilter(request, response);
					return;
				}
				response.setStatus(507);
				response.setContentType("application/json");
				response.getOutputStream().write(("{\"errors\":[{\"message\":\"" + refusal
						+ "\",\"extensions\":{\"classification\":\"INSUFFICIENT_STORAGE\"}}]}").getBytes(StandardCharsets.UTF_8));
			}
		});
		registration.addUrlPatterns("/admin/import");
		return registration;
	}

	/** Whether the operation the request runs is a mutation; a document that does not parse writes nothing. */
	private static boolean isMutation(WebGraphQlRequest request) {
		Document document;
		try {
			document = graphql.parser.Parser.parse(request.getDocument());
		}
		catch (graphql.parser.InvalidSyntaxException ex) {
			return false;
		}
		String name = request.getOperationName();
		return document.getDefinitionsOfType(OperationDefinition.class).stream()
			.filter((operation) -> name == null || name.equals(operation.getName()))
			.anyMatch((operation) -> operation.getOperation() == OperationDefinition.Operation.MUTATION);
	}

}
