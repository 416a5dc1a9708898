package org.jkgraph.extract;

import java.util.List;

import org.jkgraph.facts.Citation;

/**
 * A measure the text says was imposed, lifted, suspended … that names no curated measure ("a ban on imports of
 * Japanese seafood", "the currency swap talks"), written as a candidate measure fact ({@code method: extracted},
 * {@code status: candidate}) for review instead of being dropped or joined to a known measure. {@code name} is the
 * phrase as the text words it, {@code head} its head noun ("ban"), {@code kind} the measure kind that noun names;
 * {@code imposedBy} and {@code targets} are the sides of the event that changed it, as the text states them.
 */
public record CandidateMeasure(String id, String kind, String name, String head, List<String> imposedBy,
		List<String> targets, List<Citation> citations) {

	public CandidateMeasure {
		imposedBy = List.copyOf(imposedBy);
		targets = List.copyOf(targets);
		citations = List.copyOf(citations);
	}

}
