package org.jkgraph.export;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the graph is exported.
 *
 * @param pageSize facts read per transaction: each page is its own read transaction, so a retried one re-reads only
 *                 its page (nothing is written out twice) and no export holds much transaction memory
 * @param timeout  the longest an export may take; one that runs over stops with an error the client sees (the
 *                 command exits with code 4, the HTTP stream is cut off without its last chunk), never short and
 *                 silent
 */
@ConfigurationProperties("jkgraph.export")
public record ExportProperties(@DefaultValue("1000") int pageSize, @DefaultValue("1h") Duration timeout) {

	public static final ExportProperties DEFAULTS = new ExportProperties(1000, Duration.ofHours(1));

	public ExportProperties {
		if (pageSize < 1) {
			throw new IllegalArgumentException("jkgraph.export.page-size must be at least 1, not " + pageSize);
		}
	}

}
