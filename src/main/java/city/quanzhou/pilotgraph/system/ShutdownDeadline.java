package city.quanzhou.pilotgraph.system;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * SIGTERM always ends the process: the graceful shutdown (requests finish, the database closes cleanly) gets
 * {@code pilotgraph.shutdown.halt-after} (60 s by default); if it has not finished by then, because a client never
 * sends the rest of its request or the database hangs in a flush, the process halts. A database halted this way
 * recovers from its transaction log on the next start, as after {@code kill -9}. Installed from {@code main} only,
 * before anything else starts, so that a start that hangs can be stopped too.
 */
public final class ShutdownDeadline implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	/** The exit status of a halted shutdown: 128 + SIGTERM, as if the signal had ended the process directly. */
	public static final int HALTED = 143;

	private static final Logger log = LoggerFactory.getLogger(ShutdownDeadline.class);

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		Duration deadline = event.getEnvironment().getProperty("pilotgraph.shutdown.halt-after", Duration.class,
				Duration.ofSeconds(60));
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			Thread watchdog = new Thread(() -> {
				try {
					Thread.sleep(deadline);
				}
				catch (InterruptedException ex) {
					return;
				}
				log.error("Shutdown did not finish within {} s (pilotgraph.shutdown.halt-after); halting", deadline.toSeconds());
				Runtime.getRuntime().halt(HALTED);
			}, "shutdown-deadline");
			// a daemon: it must not itself hold the process up once everything else has stopped
			watchdog.setDaemon(true);
			watchdog.start();
		}, "shutdown-deadline-start"));
	}

}
