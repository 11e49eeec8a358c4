package city.quanzhou.pilotgraph.entity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

import city.quanzhou.pilotgraph.entity.EntityService.Tie;

/**
 * Loads the relationship fields that take a {@code sources} argument. A batch mapping cannot see field
 * arguments, so these fields queue a {@link Request} (parent, relationship, direction, sources) with the
 * {@code filteredTies} data loader instead: one statement per relationship, direction and sources asked
 * for, however many parents a level holds, as with a batch mapping.
 */
@Component
public class FilteredTies {

	/** What one field of one parent asks for; {@code sources} null for every tie. */
	public record Request(String parentId, Relation relation, boolean outgoing, List<String> sources) {

		private Group group() {
			return new Group(this.relation, this.outgoing, this.sources);
		}

	}

	private record Group(Relation relation, boolean outgoing, List<String> sources) {
	}

	FilteredTies(EntityService entities, BatchLoaderRegistry registry) {
		registry.<Request, List<Tie>>forName("filteredTies")
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> load(entities, keys)));
	}

	private static Map<Request, List<Tie>> load(EntityService entities, Set<Request> keys) {
		Map<Request, List<Tie>> loaded = new HashMap<>();
		Map<Group, List<Request>> groups = keys.stream().collect(Collectors.groupingBy(Request::group));
		groups.forEach((group, requests) -> {
			Collection<String> ids = requests.stream().map(Request::parentId).collect(Collectors.toSet());
			Map<String, List<Tie>> ties = entities.tiesById(ids, group.relation(), group.outgoing(), group.sources());
			requests.forEach((request) -> loaded.put(request, ties.getOrDefault(request.parentId(), List.of())));
		});
		return loaded;
	}

	/**
	 * The ties of {@code parent} of one relationship and direction, of the sources asked for (checked and
	 * named after {@code argument} when refused), each made into a field's value by {@code mapper}.
	 */
	public static <T> CompletableFuture<List<T>> load(DataLoader<Request, List<Tie>> loader, GraphEntity parent,
			Relation relation, boolean outgoing, List<TieSource> sources, Function<Tie, T> mapper) {
		Request request = new Request(parent.id(), relation, outgoing, TieSource.filter("sources", sources));
		return loader.load(request)
			.thenApply((ties) -> (ties != null) ? ties.stream().map(mapper).toList() : List.of());
	}

}
