package org.jkgraph.actors;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One page of an actor's relations, for the period asked ({@code from}, {@code to}; null when open), with how the
 * counts are made ({@code counting}): paged as every list is.
 */
public record ActorRelations(String actor, LocalDate from, LocalDate to, String counting, List<ActorRelation> items,
		int page, int size, long total) {

	static final String COUNTING = "count is the number of occasions: an event and the events that are part of it "
			+ "(a visit and the summit held during it, a summit and an agreement made at it) are one occasion, named by "
			+ "the outermost event; records is the number of event records. For imposes_measures_on and "
			+ "targeted_by_measures_of, count and records are the number of measures.";

	@JsonProperty("hasNext")
	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

}
