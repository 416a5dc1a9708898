package org.jkgraph.facts;

import java.util.Locale;

/** How a {@link Claim} ranks against the other claims on the same field (as Wikidata ranks statements). */
public enum Rank {

	PREFERRED, NORMAL, DEPRECATED;

	/** The rank as written in fact files: {@code preferred}, {@code normal} or {@code deprecated}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

}
