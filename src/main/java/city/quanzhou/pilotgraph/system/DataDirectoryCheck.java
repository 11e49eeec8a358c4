package city.quanzhou.pilotgraph.system;

import java.nio.file.Path;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Checks the embedded database's data directory as soon as the configuration is known, before any bean, the
 * banner or the web server: a directory that cannot take the database ends the start with one log line
 * ({@link DataDirectoryFailureReporter}) and {@link DataDirectoryUnfitException#EXIT_CODE}. Installed from
 * {@code main}; {@link EmbeddedNeo4jConfiguration} checks again for every other way the service is started.
 */
public final class DataDirectoryCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		if (environment.getProperty("pilotgraph.embedded", Boolean.class, false)) {
			new DataDirectory(Path.of(environment.getProperty("pilotgraph.data-dir", "./data")), environment).checkBeforeStart();
		}
	}

}
