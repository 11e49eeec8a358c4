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

	/** Each example operation with its variables (as JSON text), in file-name order. */
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
		return examples;
	}

}
