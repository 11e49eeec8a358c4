package city.quanzhou.pilotgraph.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * A start that failed for want of a usable data directory is reported in one log line with the reason, not as
 * a stack trace: the operator needs the path and the property, nothing else. The process then exits with
 * {@link DataDirectoryUnfitException#EXIT_CODE} (see {@code PilotgraphApplication}).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DataDirectoryFailureReporter implements SpringBootExceptionReporter {

	private static final Logger log = LoggerFactory.getLogger("city.quanzhou.pilotgraph.Startup");

	@Override
	public boolean reportException(Throwable failure) {
		DataDirectoryUnfitException unfit = DataDirectoryUnfitException.in(failure);
		if (unfit == null) {
			return false;
		}
		log.error("Not starting: {}", unfit.getMessage());
		return true;
	}

}
