package org.jkgraph.model;

import java.time.LocalDate;

/**
 * A date as fact files write it ({@code 2019}, {@code 2019-07}, {@code 2019-07-01}) with the days it covers; the
 * graph keeps its first day, its precision and its text. Fact records implement it (org.jkgraph.facts.FactDate).
 */
public interface DateValue {

	LocalDate first();

	LocalDate last();

	/** {@code day}, {@code month} or {@code year}. */
	String precisionId();

	/** As written, e.g. {@code 2019-07}. */
	String text();

}
