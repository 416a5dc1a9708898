package org.jkgraph.extract;

import java.util.List;

import org.jkgraph.facts.Citation;

/**
 * An actor the text names and the curated seeds lack — a titled person ("Vice Foreign Minister Choi Jong-kun") or a
 * named body — written as a candidate actor fact ({@code method: extracted}) instead of being dropped. {@code title}
 * and {@code country} are what the text states, or null.
 */
public record CandidateActor(String id, String kind, String name, String title, String country, List<Citation> citations) {

	public CandidateActor {
		citations = List.copyOf(citations);
	}

}
