package org.jkgraph.embedded;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.util.unit.DataSize;

/**
 * {@code DOWN} when the disk that holds the embedded store is nearly full, so that health says so before Neo4j
 * starts failing writes. It replaces Spring Boot's disk-space check, which looks at the working directory rather
 * than the store and shows anyone its path and sizes; this one says neither.
 */
class StoreSpaceHealthIndicator extends AbstractHealthIndicator {

	/** Room for a few transaction log files (256 MB each at most by Neo4j's default rotation). */
	static final DataSize THRESHOLD = DataSize.ofMegabytes(512);

	private final Path store;

	StoreSpaceHealthIndicator(Path store) {
		super("The disk space of the Neo4j store could not be checked");
		this.store = store;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		long usable = Files.getFileStore(store).getUsableSpace();
		if (usable < THRESHOLD.toBytes()) {
			builder.down().withDetail("reason", "less than " + THRESHOLD.toMegabytes() + " MB left for the store");
		}
		else {
			builder.up();
		}
	}

}
