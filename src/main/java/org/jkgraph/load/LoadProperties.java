package org.jkgraph.load;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How facts are loaded.
 *
 * @param batchSize      rows per {@code UNWIND} statement
 * @param timeout        upper bound of one load's transaction
 * @param seedsOnStartup when to load the curated seeds at start-up: {@code embedded} (only on the embedded
 *                       default), {@code always} or {@code never}
 * @param seeds          the seeds folder; when it does not exist, the copy packaged in the jar is loaded
 */
@ConfigurationProperties("jkgraph.load")
public record LoadProperties(@DefaultValue("1000") int batchSize, @DefaultValue("10m") Duration timeout,
		@DefaultValue("embedded") SeedsOnStartup seedsOnStartup, @DefaultValue("seeds") String seeds) {

	public enum SeedsOnStartup {

		EMBEDDED, ALWAYS, NEVER

	}

}
