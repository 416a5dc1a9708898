package org.jkgraph.actors;

import org.jkgraph.api.BadParameterException;

/** The filters of the actor list, validated; a blank value means no filter. */
record ActorFilter(String kind, String country, String q) {

	static final int MAX_Q_LENGTH = 100;

	static ActorFilter of(String kind, String country, String q) {
		String text = blankToNull(q);
		if (text != null && text.length() > MAX_Q_LENGTH) {
			throw new BadParameterException("q",
					"q must be at most " + MAX_Q_LENGTH + " characters, was " + text.length());
		}
		return new ActorFilter(blankToNull(kind), blankToNull(country), text);
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
