package org.jkgraph.sources;

import java.time.LocalDate;

/**
 * A source in a list: what it is, who published it when (read {@code published} with {@code publishedPrecision}),
 * where to find it, and how many facts cite it ({@code citedBy}).
 */
public record SourceSummary(String id, String title, String publisher, String author, LocalDate published,
		String publishedPrecision, String url, String language, String type, long citedBy) {
}
