package org.jkgraph.load;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How facts are loaded.
 *
 * @param batchSize      rows per {@code UNWIND} statement
 * @param timeout        upper bound of one load's transaction (of one chunk's, in a streamed load)
 * @param seedsOnStartup when to load the curated seeds at start-up: {@code embedded} (only on the embedded
 *                       default), {@code always} or {@code never}
 * @param seeds          the seeds folder; when it does not exist, the copy packaged in the jar is loaded
 * @param streamAbove    inputs larger than this are streamed: validated in a first reading, then written in
 *                       chunks, each its own transaction, instead of read whole and written in one
 * @param chunkSize      facts per transaction in a streamed load
 */
@ConfigurationProperties("jkgraph.load")
public record LoadProperties(@DefaultValue("10000") int batchSize, @DefaultValue("10m") Duration timeout,
		@DefaultValue("embedded") SeedsOnStartup seedsOnStartup, @DefaultValue("seeds") String seeds,
		@DefaultValue("4MB") DataSize streamAbove, @DefaultValue("10000") int chunkSize) {

	@ConstructorBinding
	public LoadProperties {
	}

	/** The defaults for streaming, with the rest given. */
	public LoadProperties(int batchSize, Duration timeout, SeedsOnStartup seedsOnStartup, String seeds) {
		this(batchSize, timeout, seedsOnStartup, seeds, DataSize.ofMegabytes(4), 10_000);
	}

	public enum SeedsOnStartup {

		EMBEDDED, ALWAYS, NEVER

	}

}
