package org.jkgraph.extract;

import org.jkgraph.facts.FactDate;

/**
 * A temporal expression in a sentence, tokens {@code first..last}, normalised to a date with precision.
 * {@link Kind#ANAPHORIC} ones ("the same day") have no date of their own: they take the date of the event reported
 * before, shifted by {@code dayOffset}. {@code anchors} is false for expressions that bound a period rather than date
 * an event ("since 2011", "until 2018").
 */
record TimeExpression(int first, int last, FactDate date, Kind kind, boolean anchors, int dayOffset) {

	enum Kind {

		/** Written out: "16 March 2023", "in 2019". */
		EXPLICIT,
		/** Relative to the publication date: "on Thursday", "last year", "in November". */
		RELATIVE,
		/** Relative to the event reported before: "the same day", "at the time". */
		ANAPHORIC,
		/** "recently": the publication period, no closer. */
		VAGUE,
		/** A year modifying a noun ("a 2018 ruling"): dates its own sentence's events, never later sentences'. */
		MODIFIER

	}

}
