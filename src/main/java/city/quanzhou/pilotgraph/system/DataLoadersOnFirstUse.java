package city.quanzhou.pilotgraph.system;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import graphql.GraphQLContext;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.instrumentation.DataLoaderInstrumentation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.DataLoaderRegistrar;
import org.springframework.graphql.execution.DefaultExecutionGraphQlService;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * The DataLoaders of the batch-loaded fields ({@code @BatchMapping} and the loaders registered by name) are made
 * when a request first asks for one, not for every request. Spring for GraphQL makes all of them (53) for each
 * request, and its observation instrumentation makes them again to observe them; most reads are now one statement
 * and ask for none. A profile put that work at 3–4 % of the CPU of a short read; made on first use, such reads cost
 * 3–5 % less CPU (docs/benchmarks.md, "Seventh round"). A request that does ask gets them all, made into a registry
 * that carries the same DataLoader instrumentation (so batch loads are observed as before); graphql-java
 * dispatches what was made.
 */
@Configuration(proxyBeanMethods = false)
class DataLoadersOnFirstUse {

	/** Spring Boot's service, without the registrar that makes every DataLoader before a request runs. */
	@Bean
	ExecutionGraphQlService executionGraphQlService(GraphQlSource source) {
		return new DefaultExecutionGraphQlService(source);
	}

	@Bean
	Instrumentation dataLoadersMadeOnFirstUse(BatchLoaderRegistry batchLoaders) {
		return new OnFirstUseInstrumentation(batchLoaders);
	}

	/**
	 * Gives each operation a registry that makes the DataLoaders on first use. It acts as the operation starts,
	 * after every instrumentation has seen the execution input, so it finds the registry the observation
	 * instrumentation set up and takes over that registry's DataLoader instrumentation.
	 */
	static final class OnFirstUseInstrumentation extends SimplePerformantInstrumentation {

		private final DataLoaderRegistrar batchLoaders;

		OnFirstUseInstrumentation(DataLoaderRegistrar batchLoaders) {
			this.batchLoaders = batchLoaders;
		}

		@Override
		public ExecutionContext instrumentExecutionContext(ExecutionContext context,
				InstrumentationExecutionParameters parameters, InstrumentationState state) {
			DataLoaderRegistry given = context.getDataLoaderRegistry();
			if (!given.getDataLoaders().isEmpty()) {
				// a caller brought DataLoaders of its own: ours join them at once, as Spring's service would add them
				this.batchLoaders.registerDataLoaders(given, context.getGraphQLContext());
				return context;
			}
			DataLoaderRegistry onFirstUse = new OnFirstUseRegistry(given.getInstrumentation(), this.batchLoaders,
					context.getGraphQLContext());
			return context.transform((builder) -> builder.dataLoaderRegistry(onFirstUse));
		}

	}

	/**
	 * Empty until a DataLoader is looked up (by name, by the keys, or as a map); then every registration is made
	 * into it, once, while other lookups wait. Dispatching an untouched registry dispatches nothing. A round of
	 * registrations that fails leaves the registry empty.
	 */
	static final class OnFirstUseRegistry extends DataLoaderRegistry {

		private final DataLoaderRegistrar registrations;

		private final GraphQLContext context;

		private final ReentrantLock lock = new ReentrantLock();

		private volatile boolean made;

		// the registrar looks each name up before it registers it: those lookups must not start over
		private boolean making;

		OnFirstUseRegistry(DataLoaderInstrumentation instrumentation, DataLoaderRegistrar registrations,
				GraphQLContext context) {
			super(new ConcurrentHashMap<>(), instrumentation);
			this.registrations = registrations;
			this.context = context;
		}

		@Override
		public <K, V> DataLoader<K, V> getDataLoader(String key) {
			make();
			return super.getDataLoader(key);
		}

		@Override
		public Set<String> getKeys() {
			make();
			return super.getKeys();
		}

		@Override
		public Map<String, DataLoader<?, ?>> getDataLoadersMap() {
			make();
			return super.getDataLoadersMap();
		}

		private void make() {
			if (this.made) {
				return;
			}
			this.lock.lock();
			try {
				if (this.made || this.making) {
					return;
				}
				this.making = true;
				try {
					this.registrations.registerDataLoaders(this, this.context);
					this.made = true;
				}
				catch (RuntimeException ex) {
					// none of a failed round stays, so that the next look-up meets the same failure, not a duplicate
					this.dataLoaders.clear();
					throw ex;
				}
				finally {
					this.making = false;
				}
			}
			finally {
				this.lock.unlock();
			}
		}

	}

}
