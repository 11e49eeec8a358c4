package city.quanzhou.pilotgraph.entity;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import org.springframework.stereotype.Component;


/**
 * Puts a check in front of the batch mapping of every neighbour field of {@link Ties}: when the parent
 * entity was read together with this field (see {@code EntityProjection}), the value already fetched is the
 * answer; otherwise the batch loader fetches it as before. A field of the list that has no data fetcher
 * stops the start-up, so the list cannot drift from the controllers.
 */
@Component
class PrefetchedFieldWiring implements GraphQlSourceBuilderCustomizer {

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.typeVisitors(List.of(new GraphQLTypeVisitorStub() {
			@Override
			public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
					TraverserContext<GraphQLSchemaElement> context) {
				if (context.getParentNode() instanceof GraphQLObjectType type
						&& Ties.of(type.getName(), field.getName()).isPresent()) {
					GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
					FieldCoordinates coordinates = FieldCoordinates.coordinates(type, field);
					DataFetcher<?> loader = registry.getDataFetcher(coordinates, field);
					if (!(loader instanceof SelfDescribingDataFetcher<?> described)) {
						throw new IllegalStateException(coordinates + " has no batch mapping to fall back on");
					}
					registry.dataFetcher(coordinates, new PrefetchedOrLoaded<>(described));
				}
				return TraversalControl.CONTINUE;
			}
		}));
	}

	/**
	 * Describes itself as its batch loader does, so that schema inspection and observation treat it as they
	 * treated the loader (a batch-loaded field is observed by its batch, not per entity). Trivial, so that it is
	 * not wrapped to restore the request's thread-local context on every call: a prefetched value is a map read,
	 * and a loader call only queues a key, whose batch restores that context itself.
	 */
	private record PrefetchedOrLoaded<T>(SelfDescribingDataFetcher<T> loader)
			implements SelfDescribingDataFetcher<Object>, TrivialDataFetcher<Object> {

		@Override
		public Object get(DataFetchingEnvironment environment) throws Exception {
			// the statement that prefetched the field read every tie; a field asked for some sources only loads its own
			Object value = (environment.getArgument("sources") == null) ? Prefetched.lookup(environment) : Prefetched.ABSENT;
			return (value != Prefetched.ABSENT) ? value : this.loader.get(environment);
		}

		@Override
		public String getDescription() {
			return this.loader.getDescription();
		}

		@Override
		public ResolvableType getReturnType() {
			return this.loader.getReturnType();
		}

		@Override
		public Map<String, ResolvableType> getArguments() {
			return this.loader.getArguments();
		}

		@Override
		public Method asMethod() {
			return this.loader.asMethod();
		}

		@Override
		public boolean usesDataLoader() {
			return this.loader.usesDataLoader();
		}

	}

}
