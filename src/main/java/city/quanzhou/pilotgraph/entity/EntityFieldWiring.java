package city.quanzhou.pilotgraph.entity;

import java.util.List;
import java.util.function.Function;

import java.util.function.Supplier;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;


/**
 * The fields every entity type shares come from {@link GraphEntity}; wiring them once for every type
 * keeps the records small and lets schema inspection see that each field is answered.
 */
@Configuration(proxyBeanMethods = false)
class EntityFieldWiring {

	private static final List<Field> SHARED = List.of(new Field("id", GraphEntity::id),
			new Field("kind", GraphEntity::kind), new Field("name", GraphEntity::name),
			new Field("aliases", GraphEntity::aliases), new Field("description", GraphEntity::description),
			new Field("source", GraphEntity::source), new Field("sourceNote", GraphEntity::sourceNote),
			new Field("version", GraphEntity::version), new Field("updatedAt", GraphEntity::updatedAt),
			new Field("updatedBy", GraphEntity::updatedBy));

	@Bean
	RuntimeWiringConfigurer sharedEntityFields() {
		return (wiring) -> {
			for (EntityKind kind : EntityKind.values()) {
				wiring.type(kind.label(), (type) -> {
					SHARED.forEach((field) -> type.dataFetcher(field.name(), field.fetcher()));
					return type;
				});
			}
		};
	}

	private record Field(String name, Function<GraphEntity, Object> value) {

		/**
		 * Light: graphql-java then reads the field without building a DataFetchingEnvironment, and neither
		 * observation nor context propagation wraps it (a property read is not worth a timer per entity).
		 */
		DataFetcher<Object> fetcher() {
			return new LightDataFetcher<>() {
				@Override
				public Object get(GraphQLFieldDefinition definition, Object source,
						Supplier<DataFetchingEnvironment> environment) {
					return Field.this.value.apply((GraphEntity) source);
				}

				@Override
				public Object get(DataFetchingEnvironment environment) {
					return Field.this.value.apply(environment.getSource());
				}
			};
		}

	}

}
