package org.jkgraph.events;

import java.time.LocalDate;

/** A source a fact cites, with where in it ({@code locator}: paragraph, section, footnote) and an optional note. */
public record SourceCitation(String id, String title, String publisher, LocalDate published, String url,
		String locator, String note) {
}
