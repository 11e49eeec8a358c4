package city.quanzhou.pilotgraph.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionContextBuilder;
import graphql.execution.ExecutionId;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.instrumentation.DataLoaderInstrumentation;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.DefaultBatchLoaderRegistry;

import city.quanzhou.pilotgraph.system.DataLoadersOnFirstUse.OnFirstUseRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DataLoaders are made when a request first asks for one: all of them, once, and none for a request that does not. */
class DataLoadersOnFirstUseTests {

	private final AtomicInteger registrations = new AtomicInteger();

	private final DefaultBatchLoaderRegistry batchLoaders = new DefaultBatchLoaderRegistry() {
		@Override
		public void registerDataLoaders(DataLoaderRegistry registry, GraphQLContext context) {
			DataLoadersOnFirstUseTests.this.registrations.incrementAndGet();
			super.registerDataLoaders(registry, context);
		}
	};

	DataLoadersOnFirstUseTests() {
		this.batchLoaders.<String, String>forName("upper")
			.registerMappedBatchLoader((keys, environment) -> Mono
				.just(keys.stream().collect(Collectors.toMap(Function.identity(), String::toUpperCase))));
		this.batchLoaders.<String, Integer>forName("length")
			.registerMappedBatchLoader((keys, environment) -> Mono
				.just(keys.stream().collect(Collectors.toMap(Function.identity(), String::length))));
	}

	@Test
	void shouldMakeNoDataLoaderForARequestThatAsksForNone() {
		OnFirstUseRegistry registry = registry();
		registry.dispatchAll();
		assertThat(registry.getDataLoaders()).isEmpty();
		assertThat(this.registrations).hasValue(0);
	}

	@Test
	void shouldMakeEveryDataLoaderOnceOnTheFirstLookUpAndLoadThroughIt() {
		OnFirstUseRegistry registry = registry();
		DataLoader<String, String> upper = registry.getDataLoader("upper");
		assertThat(registry.getKeys()).containsExactlyInAnyOrder("upper", "length");
		assertThat(registry.<String, Integer>getDataLoader("length")).isNotNull();
		assertThat(registry.getDataLoader("upper")).isSameAs(upper);
		assertThat(registry.getDataLoader("absent")).isNull();
		assertThat(this.registrations).hasValue(1);

		CompletableFuture<String> loaded = upper.load("晋江");
		CompletableFuture<String> other = upper.load("base");
		registry.dispatchAll();
		assertThat(loaded.join()).isEqualTo("晋江");
		assertThat(other.join()).isEqualTo("BASE");
	}

	@Test
	void shouldMakeTheDataLoadersOnceWhenManyThreadsAskAtOnce() throws Exception {
		for (int round = 0; round < 200; round++) {
			this.registrations.set(0);
			OnFirstUseRegistry registry = registry();
			CountDownLatch start = new CountDownLatch(1);
			ConcurrentLinkedQueue<Object> found = new ConcurrentLinkedQueue<>();
			List<Thread> threads = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				String name = (i % 2 == 0) ? "upper" : "length";
				threads.add(Thread.ofVirtual().start(() -> {
					try {
						start.await();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					found.add(Map.entry(name, registry.getDataLoader(name)));
				}));
			}
			start.countDown();
			for (Thread thread : threads) {
				thread.join();
			}
			assertThat(this.registrations).hasValue(1);
			assertThat(found).hasSize(4).allSatisfy((entry) -> assertThat(((Map.Entry<?, ?>) entry).getValue()).isNotNull());
		}
	}

	@Test
	void shouldGiveEachOperationARegistryThatKeepsTheInstrumentationItFound() {
		DataLoaderInstrumentation observed = new DataLoaderInstrumentation() {
		};
		ExecutionContext instrumented = instrumented(DataLoaderRegistry.newRegistry().instrumentation(observed).build());
		assertThat(instrumented.getDataLoaderRegistry()).isInstanceOf(OnFirstUseRegistry.class);
		assertThat(instrumented.getDataLoaderRegistry().getInstrumentation()).isSameAs(observed);
		assertThat(this.registrations).hasValue(0);
		assertThat(instrumented.getDataLoaderRegistry().getDataLoader("upper")).isNotNull();
	}

	@Test
	void shouldAddOursAtOnceToTheDataLoadersACallerBrought() {
		DataLoaderRegistry own = DataLoaderRegistry.newRegistry()
			.register("own", DataLoaderFactory.newDataLoader((List<String> keys) -> CompletableFuture.completedFuture(keys)))
			.build();
		assertThat(instrumented(own).getDataLoaderRegistry()).isSameAs(own);
		assertThat(own.getKeys()).containsExactlyInAnyOrder("own", "upper", "length");
	}

	@Test
	void shouldLeaveNothingOfARoundOfRegistrationsThatFailed() {
		AtomicInteger optionCalls = new AtomicInteger();
		DefaultBatchLoaderRegistry failingOnce = new DefaultBatchLoaderRegistry();
		failingOnce.<String, String>forName("first").registerMappedBatchLoader((keys, environment) -> Mono.just(Map.of()));
		failingOnce.<String, String>forName("second").withOptions((options) -> {
			if (optionCalls.getAndIncrement() == 0) {
				throw new IllegalStateException("options refused once");
			}
		}).registerMappedBatchLoader((keys, environment) -> Mono.just(Map.of()));
		OnFirstUseRegistry registry = new OnFirstUseRegistry(null, failingOnce, GraphQLContext.newContext().build());

		assertThatThrownBy(() -> registry.getDataLoader("second")).hasMessage("options refused once");
		assertThat(registry.getDataLoaders()).isEmpty();
		// had "first" stayed from the failed round, Spring's registrar would now refuse it as a duplicate
		assertThat(registry.<String, String>getDataLoader("second")).isNotNull();
		assertThat(registry.getKeys()).containsExactlyInAnyOrder("first", "second");
	}

	private OnFirstUseRegistry registry() {
		return new OnFirstUseRegistry(null, this.batchLoaders, GraphQLContext.newContext().build());
	}

	/** An operation starting with {@code registry}, as the instrumentation hands it on. */
	private ExecutionContext instrumented(DataLoaderRegistry registry) {
		ExecutionContext context = ExecutionContextBuilder.newExecutionContextBuilder()
			.executionId(ExecutionId.from("1"))
			.graphQLContext(GraphQLContext.newContext().build())
			.dataLoaderRegistry(registry)
			.build();
		return new DataLoadersOnFirstUse.OnFirstUseInstrumentation(this.batchLoaders).instrumentExecutionContext(context,
				null, null);
	}

}
