package org.jkgraph.facts;

import org.jkgraph.model.FactValues;

/**
 * What an event did to a measure. The change takes effect on {@code effective} when given, otherwise on the
 * event's date.
 */
public record MeasureChange(String measure, String change, FactDate effective) {

	static MeasureChange of(FactValues values) {
		return new MeasureChange(values.text("measure"), values.text("change"), (FactDate) values.date("effective"));
	}

}
