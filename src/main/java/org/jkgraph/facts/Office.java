package org.jkgraph.facts;

import org.jkgraph.model.FactValues;

/** A position an actor holds or held; {@code end} is {@code null} while it is still held. */
public record Office(String role, String of, String title, FactDate start, FactDate end) {

	static Office of(FactValues values) {
		return new Office(values.text("role"), values.text("of"), values.text("title"), (FactDate) values.date("start"),
				(FactDate) values.date("end"));
	}

}
