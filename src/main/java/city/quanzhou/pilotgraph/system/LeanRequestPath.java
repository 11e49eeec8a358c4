package city.quanzhou.pilotgraph.system;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationPredicate;
import org.reactivestreams.Publisher;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.HandlerMethod;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;

/**
 * Per-request work that a profile of the read path showed to cost more than it gives (docs/benchmarks.md,
 * "Profile of the read path"), removed while every limit, per-operation metric and security rule stays.
 */
@Configuration(proxyBeanMethods = false)
class LeanRequestPath {

	/**
	 * Only the root fields of an operation go to the task executor (so that the request thread is free and
	 * the request time limit can answer); the fields below them run where their parent finished, instead of
	 * each handing off to another thread with its context copied over. Nested fields mostly answer from what
	 * the root statement read anyway.
	 */
	@Bean
	static BeanPostProcessor rootFieldsOnTheExecutor() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof AnnotatedControllerConfigurer configurer) {
					configurer.setBlockingMethodPredicate(LeanRequestPath::isRootField);
				}
				return bean;
			}
		};
	}

	/** Blocking query and mutation fields; a subscription, or a method that answers later, is left as it is. */
	static boolean isRootField(HandlerMethod method) {
		Class<?> answer = method.getReturnType().getParameterType();
		boolean later = Publisher.class.isAssignableFrom(answer) || CompletionStage.class.isAssignableFrom(answer)
				|| Callable.class.isAssignableFrom(answer);
		return !later && (method.hasMethodAnnotation(QueryMapping.class) || method.hasMethodAnnotation(MutationMapping.class));
	}

	/**
	 * The Neo4j driver observes every session, transaction, result and record fetch of every statement; of
	 * those only the Bolt exchanges (one timer per statement) and the connection pool (its gauges) are kept.
	 */
	@Bean
	ObservationPredicate driverObservationsOfExchangesAndPoolOnly() {
		return (name, context) -> !isDriverDetail(context);
	}

	static boolean isDriverDetail(Observation.Context context) {
		Class<?> type = context.getClass();
		if (!type.getPackageName().equals("org.neo4j.driver.observation.micrometer")) {
			return false;
		}
		String kind = type.getSimpleName();
		return !(kind.startsWith("BoltExchange") || kind.contains("Pool") || kind.contains("PooledConnection"));
	}

}
