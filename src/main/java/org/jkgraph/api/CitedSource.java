package org.jkgraph.api;

import java.time.LocalDate;

/** A source a fact cites: what it is, and where in it to look ({@code locator}), with an editor's note. */
public record CitedSource(String id, String title, String publisher, LocalDate published, String url, String locator,
		String note) {
}
