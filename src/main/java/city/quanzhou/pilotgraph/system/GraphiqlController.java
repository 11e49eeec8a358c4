package city.quanzhou.pilotgraph.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GraphiQL at {@code /graphiql}, served with its scripts and styles from the service itself (the stock page
 * loads them from a CDN, which planners on closed networks cannot reach), opening with the saved client
 * operations as tabs. Off in the {@code prod} profile.
 */
@RestController
@ConditionalOnBooleanProperty(name = "pilotgraph.graphiql.enabled", matchIfMissing = true)
class GraphiqlController {

	@GetMapping(path = "/graphiql", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<Resource> page() {
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(new ClassPathResource("graphiql/index.html"));
	}

	/** The tab GraphiQL opens on: the planner's first question, which links no operating base covers. */
	static final String FIRST_EXAMPLE = "CoverageGaps";

	/**
	 * Each example operation with its variables (as JSON text): {@link #FIRST_EXAMPLE} first, then the other
	 * queries by file name, mutations last (a first-time visitor without a token cannot run them).
	 */
	@GetMapping(path = "/graphiql/examples", produces = MediaType.APPLICATION_JSON_VALUE)
	List<Map<String, String>> examples() throws IOException {
		Resource[] operations = new PathMatchingResourcePatternResolver().getResources("classpath:graphiql/examples/*.graphql");
		List<Map<String, String>> examples = new ArrayList<>();
		for (Resource operation : Arrays.stream(operations).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
			String name = operation.getFilename().replace(".graphql", "");
			Resource variables = new ClassPathResource("graphiql/examples/" + name + ".json");
			examples.add(Map.of("name", name, "query", operation.getContentAsString(StandardCharsets.UTF_8), "variables",
					variables.exists() ? variables.getContentAsString(StandardCharsets.UTF_8).strip() : "{}"));
		}
		examples.sort(Comparator.comparing((Map<String, String> example) -> !example.get("name").equals(FIRST_EXAMPLE))
			.thenComparing((example) -> isMutation(example.get("query"))));
		return examples;
	}

	/** Whether the operation's first line that is not a comment starts a mutation. */
	private static boolean isMutation(String operation) {
		return operation.lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.findFirst()
			.orElse("")
			.startsWith("mutation");
	}

}
