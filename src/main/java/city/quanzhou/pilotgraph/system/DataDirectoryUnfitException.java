package city.quanzhou.pilotgraph.system;

import org.springframework.boot.ExitCodeGenerator;

/**
 * The embedded database's data directory cannot take a database: it cannot be created, is not a directory, is
 * not writable, or has less free space than {@code pilotgraph.disk.min-free}. Found before Neo4j starts, so the
 * process ends at once with this one reason instead of a database that spins in its page-cache flush or fails a
 * thousand log lines later.
 */
public final class DataDirectoryUnfitException extends RuntimeException implements ExitCodeGenerator {

	/** EX_CANTCREAT of sysexits.h: a file the program needs cannot be created or written. */
	public static final int EXIT_CODE = 73;

	DataDirectoryUnfitException(String message) {
		super(message);
	}

	@Override
	public int getExitCode() {
		return EXIT_CODE;
	}

	/** The exception of this kind in a chain of causes, or null. */
	public static DataDirectoryUnfitException in(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			if (cause instanceof DataDirectoryUnfitException unfit) {
				return unfit;
			}
		}
		return null;
	}

}
