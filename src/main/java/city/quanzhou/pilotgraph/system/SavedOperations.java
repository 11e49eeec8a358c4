package city.quanzhou.pilotgraph.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The names of the operations our own clients send: GraphiQL's saved examples and the dashboard's queries, read
 * from the same files the service serves them from, so that a new saved operation is known without a list to
 * keep in step.
 */
final class SavedOperations {

	private static final Pattern NAMED_OPERATION = Pattern.compile("\\b(?:query|mutation|subscription)\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*[({]");

	private static final String[] LOCATIONS = { "classpath*:graphiql/examples/*.graphql", "classpath*:static/dashboard/*.js" };

	private SavedOperations() {
	}

	/** The saved names and the configured ones. */
	static Set<String> names(Collection<String> configured) {
		Set<String> names = new TreeSet<>(configured);
		var resolver = new PathMatchingResourcePatternResolver();
		try {
			for (String location : LOCATIONS) {
				for (Resource resource : resolver.getResources(location)) {
					Matcher matcher = NAMED_OPERATION.matcher(resource.getContentAsString(StandardCharsets.UTF_8));
					while (matcher.find()) {
						names.add(matcher.group(1));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the saved client operations", ex);
		}
		return Set.copyOf(names);
	}

}
