package city.quanzhou.pilotgraph.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/**
 * The embedded database's data directory and the free space it must keep ({@code pilotgraph.disk.min-free}).
 * Neo4j that runs out of space mid-write panics and must be restarted, and one that starts without space spins in
 * its page-cache flush; so the service checks the space itself: before Neo4j starts ({@link #checkBeforeStart()})
 * and before every write ({@link #writeRefusal()}). The watermark is read from the environment on each check.
 */
public final class DataDirectory {

	static final String MIN_FREE = "pilotgraph.disk.min-free";

	static final DataSize DEFAULT_MIN_FREE = DataSize.ofMegabytes(1024);

	private final Path path;

	private final Environment environment;

	DataDirectory(Path path, Environment environment) {
		this.path = path.toAbsolutePath().normalize();
		this.environment = environment;
	}

	Path path() {
		return this.path;
	}

	DataSize minFree() {
		return this.environment.getProperty(MIN_FREE, DataSize.class, DEFAULT_MIN_FREE);
	}

	/** Bytes a write may still use on the directory's file system. */
	long usableBytes() throws IOException {
		return Files.getFileStore(this.path).getUsableSpace();
	}

	/**
	 * Creates the directory when missing, then proves it is a directory this process can write to and that it has
	 * the free space the watermark asks for; otherwise says which in one sentence.
	 */
	void checkBeforeStart() {
		DataSize minFree = minFree();
		try {
			Files.createDirectories(this.path);
		}
		catch (IOException ex) {
			throw unfit("cannot be created (" + ex.getClass().getSimpleName() + ": " + ex.getMessage() + ")");
		}
		if (!Files.isDirectory(this.path)) {
			throw unfit("is not a directory");
		}
		Path probe = this.path.resolve(".pilotgraph-write-check");
		try {
			Files.deleteIfExists(probe);
			Files.writeString(probe, "written at start-up to prove the directory is writable");
			Files.delete(probe);
		}
		catch (IOException ex) {
			throw unfit("is not writable (" + ex.getClass().getSimpleName() + ": " + ex.getMessage() + ")");
		}
		try {
			long usable = usableBytes();
			if (usable < minFree.toBytes()) {
				throw unfit("has " + megabytes(usable) + " free, below " + MIN_FREE + "=" + megabytes(minFree.toBytes())
						+ "; free space or lower the watermark");
			}
		}
		catch (IOException ex) {
			throw unfit("has a file system whose free space cannot be read (" + ex.getMessage() + ")");
		}
	}

	/** Why a write must be refused now, or null when there is space for it. */
	String writeRefusal() {
		DataSize minFree = minFree();
		long usable;
		try {
			usable = usableBytes();
		}
		catch (IOException ex) {
			return "the free space of the database's disk cannot be read; writes are refused until it can";
		}
		if (usable >= minFree.toBytes()) {
			return null;
		}
		return "too little free space on the database's disk (" + megabytes(usable) + " free, below " + MIN_FREE + "="
				+ megabytes(minFree.toBytes()) + "): writes are refused until space is freed; reads still answer";
	}

	private DataDirectoryUnfitException unfit(String reason) {
		return new DataDirectoryUnfitException("Data directory " + this.path + " (PILOTGRAPH_DATA_DIR) " + reason);
	}

	private static String megabytes(long bytes) {
		return (bytes / (1024 * 1024)) + " MB";
	}

}
