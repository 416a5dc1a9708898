package org.jkgraph.facts;

import java.util.List;

/**
 * A fact read from a fact file. Every kind shares these fields; lists are never {@code null}, optional scalars
 * are {@code null} when absent.
 */
public sealed interface Fact
		permits SourceFact, ActorFact, PlaceFact, TopicFact, MeasureFact, EventFact, ObservationFact {

	/** The stable slug other facts, URLs and the graph use to refer to this fact. */
	String id();

	FactKind kind();

	/** {@code curated} or {@code extracted}. */
	String method();

	/** How sure we are that the fact is right, 0..1. */
	double confidence();

	List<Citation> sources();

	List<Claim> claims();

	/** Editor's note, in our own words. */
	String notes();

	Origin origin();

}
