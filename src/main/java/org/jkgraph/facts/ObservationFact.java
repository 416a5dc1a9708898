package org.jkgraph.facts;

import org.jkgraph.model.FactKind;
import org.jkgraph.model.FactValues;

/** A number about an actor for a period: a trade flow, GDP, a poll result. */
public record ObservationFact(FactKind kind, FactValues values, Origin origin) implements Fact {

	public String indicator() {
		return values.text("indicator");
	}

	public String subject() {
		return values.text("subject");
	}

	public String counterpart() {
		return values.text("counterpart");
	}

	public Double value() {
		return values.number("value");
	}

	public String unit() {
		return values.text("unit");
	}

	public FactDate period() {
		return (FactDate) values.date("period");
	}

	public String question() {
		return values.text("question");
	}

	public String event() {
		return values.text("event");
	}

}
