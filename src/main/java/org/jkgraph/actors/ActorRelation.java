package org.jkgraph.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * How an actor is connected with another: the relation ({@code met}, {@code imposes_measures_on},
 * {@code targeted_by_measures_of}, {@code disputes_with}, {@code co_participated}); {@code count}, the occasions
 * that make it (measures, for the measure relations), {@code records}, the event records behind them; the first
 * and last dates; and the ids (bounded) of the occasions, of the events and of the measures.
 */
public record ActorRelation(ActorRef actor, String relation, long count, long records, LocalDate first,
		LocalDate last, List<String> occasions, List<String> events, List<String> measures) {

	/** The relations, in the order answers list them. */
	public static final List<String> RELATIONS = List.of("met", "imposes_measures_on", "targeted_by_measures_of",
			"disputes_with", "co_participated");

}
