package org.jkgraph.load.bulk;

import java.time.Duration;

/** What a bulk import wrote, and how long the importer took. */
record ImportSummary(long nodes, long relationships, long properties, Duration importing) {

	String line(Duration total) {
		return "Bulk import: %,d nodes, %,d relationships, %,d properties in %.1f s (the importer %.1f s)".formatted(
				nodes, relationships, properties, total.toMillis() / 1000.0, importing.toMillis() / 1000.0);
	}

}
