package city.quanzhou.pilotgraph.digest;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every {@code pilotgraph.digest.poll-interval}, runs the subscriptions that are due and then the deliveries
 * that are due, at the time of the clock (a {@link Clock} bean when there is one, else the system's). Every
 * instance does: the claims in the database decide which one runs what. Off with
 * {@code pilotgraph.digest.scheduler=false}, where tests drive {@link DigestRunner} and {@link DeliveryJob}.
 */
@Component
class DigestScheduler implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DigestScheduler.class);

	private final DigestRunner runner;

	private final DeliveryJob deliveries;

	private final DigestProperties properties;

	private final Clock clock;

	private ScheduledExecutorService executor;

	private volatile boolean running;

	DigestScheduler(DigestRunner runner, DeliveryJob deliveries, DigestProperties properties, ObjectProvider<Clock> clock) {
		this.runner = runner;
		this.deliveries = deliveries;
		this.properties = properties;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Override
	public synchronized void start() {
		this.running = true;
		if (!this.properties.scheduler()) {
			log.info("Digest scheduler is off in this instance (pilotgraph.digest.scheduler=false)");
			return;
		}
		this.executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("digests").daemon().factory());
		long interval = this.properties.pollInterval().toMillis();
		this.executor.scheduleWithFixedDelay(this::pass, interval, interval, TimeUnit.MILLISECONDS);
	}

	private void pass() {
		try {
			this.runner.runDue(this.clock.instant());
			this.deliveries.deliverDue(this.clock.instant());
		}
		catch (RuntimeException ex) {
			log.warn("Digest pass failed, trying again in {}: {}", this.properties.pollInterval(), ex.getMessage());
		}
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		if (this.executor != null) {
			this.executor.shutdown();
			try {
				this.executor.awaitTermination(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
