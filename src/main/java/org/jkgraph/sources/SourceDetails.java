package org.jkgraph.sources;

import java.time.LocalDate;
import java.util.List;

import org.jkgraph.api.Page;

/**
 * One source and what it supports: its description, and a page of the {@code citations} of it, one per fact (or
 * claim) citing it, with where in the source to look.
 */
public record SourceDetails(String id, String title, String publisher, String author, LocalDate published,
		String publishedPrecision, String url, String language, String type, String corpusFile, String notes,
		Page<Citation> citations) {

	/**
	 * A fact citing the source: its id, kind ({@code event}, {@code actor}, …, or {@code claim}: one source's value for
	 * a field of the fact named in {@code about}), name or title, its date or period, and the locator and note of the
	 * citation.
	 */
	public record Citation(String id, String kind, String name, LocalDate date, String about, String locator,
			String note) {
	}


}
