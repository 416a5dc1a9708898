package org.jkgraph.facts;

import org.jkgraph.model.FactValues;

/** An actor taking part in an event, in a role such as {@code initiator}, {@code target} or {@code host}. */
public record Participant(String actor, String role) {

	static Participant of(FactValues values) {
		return new Participant(values.text("actor"), values.text("role"));
	}

}
