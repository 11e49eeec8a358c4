package city.quanzhou.pilotgraph.system;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationPredicate;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;

/**
 * Per-request work that a profile of the read path showed to cost more than it gives (docs/benchmarks.md,
 * "Profile of the read path"), removed while every limit, per-operation metric and security rule stays.
 */
@Configuration(proxyBeanMethods = false)
class LeanRequestPath {

	/**
	 * Every field runs on the thread that executes the request (a virtual thread, so blocking it costs nothing),
	 * instead of handing each controller call to the task executor with the request's context copied over. An
	 * operation then completes before the handler returns, so the HTTP response is written at once rather than
	 * through a second, asynchronous dispatch of the filter chain: a profile put the two at a quarter of a short
	 * read (docs/benchmarks.md). The request time limit still holds: what a request waits on longest, the
	 * database, is ended by the transaction time limit, which sits below it.
	 */
	@Bean
	static BeanPostProcessor fieldsOnTheRequestThread() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof AnnotatedControllerConfigurer configurer) {
					configurer.setBlockingMethodPredicate((method) -> false);
				}
				return bean;
			}
		};
	}

	/**
	 * The Neo4j driver observes every session, transaction, result and record fetch of every statement; of
	 * those only the Bolt exchanges (one timer per statement) and the connection pool (its gauges) are kept.
	 * The exchanges cost a tenth of a short read's CPU in a profile, but driver 6.1 fails on a connection whose
	 * exchange is not observed, and without the provider the pool gauges go too.
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
