package city.quanzhou.pilotgraph.system;

import java.io.IOException;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The free space of the embedded database's data directory against {@code pilotgraph.disk.min-free}: DOWN while
 * writes are refused for want of space. It replaces Spring Boot's diskSpace indicator, which watched the working
 * directory (UP while the data volume was full). Not part of readiness or liveness: reads go on, and a restart
 * frees no space.
 */
final class DataDirectoryHealth implements HealthIndicator {

	private final DataDirectory directory;

	DataDirectoryHealth(DataDirectory directory) {
		this.directory = directory;
	}

	@Override
	public Health health() {
		long minFree = this.directory.minFree().toBytes();
		try {
			long usable = this.directory.usableBytes();
			return ((usable >= minFree) ? Health.up() : Health.down()).withDetail("path", this.directory.path().toString())
				.withDetail("free", usable)
				.withDetail("minFree", minFree)
				.build();
		}
		catch (IOException ex) {
			return Health.down().withDetail("path", this.directory.path().toString()).withException(ex).build();
		}
	}

}
