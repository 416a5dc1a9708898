package org.jkgraph.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * An id one fact gives for another, with the field it is written in (relative to the fact) and the kind of fact
 * it must name. {@code actorKind}, when set, narrows an actor reference further: a {@code country} field must name
 * a country.
 */
record Reference(String field, String id, FactKind kind, String actorKind) {

	/** Every reference a fact makes, its citations included. */
	static List<Reference> of(Fact fact) {
		List<Reference> references = new ArrayList<>();
		switch (fact) {
			case SourceFact source -> {
			}
			case ActorFact actor -> {
				add(references, "country", actor.country(), FactKind.ACTOR, "country");
				addAll(references, "memberOf", actor.memberOf(), FactKind.ACTOR);
				for (int i = 0; i < actor.offices().size(); i++) {
					add(references, "offices[" + i + "].of", actor.offices().get(i).of(), FactKind.ACTOR, null);
				}
			}
			case PlaceFact place -> {
				add(references, "country", place.country(), FactKind.ACTOR, "country");
				addAll(references, "claimants", place.claimants(), FactKind.ACTOR);
				add(references, "within", place.within(), FactKind.PLACE, null);
			}
			case TopicFact topic -> add(references, "broader", topic.broader(), FactKind.TOPIC, null);
			case MeasureFact measure -> {
				addAll(references, "imposedBy", measure.imposedBy(), FactKind.ACTOR);
				addAll(references, "targets", measure.targets(), FactKind.ACTOR);
				addAll(references, "parties", measure.parties(), FactKind.ACTOR);
				addAll(references, "topics", measure.topics(), FactKind.TOPIC);
			}
			case EventFact event -> {
				for (int i = 0; i < event.participants().size(); i++) {
					add(references, "participants[" + i + "].actor", event.participants().get(i).actor(),
							FactKind.ACTOR, null);
				}
				add(references, "place", event.place(), FactKind.PLACE, null);
				addAll(references, "topics", event.topics(), FactKind.TOPIC);
				for (int i = 0; i < event.measures().size(); i++) {
					add(references, "measures[" + i + "].measure", event.measures().get(i).measure(),
							FactKind.MEASURE, null);
				}
				addAll(references, "respondsTo", event.respondsTo(), FactKind.EVENT);
				addAll(references, "followsUp", event.followsUp(), FactKind.EVENT);
				addAll(references, "causes", event.causes(), FactKind.EVENT);
				add(references, "partOf", event.partOf(), FactKind.EVENT, null);
			}
			case ObservationFact observation -> {
				add(references, "subject", observation.subject(), FactKind.ACTOR, null);
				add(references, "counterpart", observation.counterpart(), FactKind.ACTOR, null);
				add(references, "event", observation.event(), FactKind.EVENT, null);
			}
		}
		addCitations(references, "sources", fact.sources());
		for (int i = 0; i < fact.claims().size(); i++) {
			addCitations(references, "claims[" + i + "].sources", fact.claims().get(i).sources());
		}
		return references;
	}

	private static void add(List<Reference> references, String field, String id, FactKind kind, String actorKind) {
		// Absent, or malformed and already reported by the reader.
		if (id != null) {
			references.add(new Reference(field, id, kind, actorKind));
		}
	}

	private static void addAll(List<Reference> references, String field, List<String> ids, FactKind kind) {
		for (int i = 0; i < ids.size(); i++) {
			add(references, field + "[" + i + "]", ids.get(i), kind, null);
		}
	}

	private static void addCitations(List<Reference> references, String field, List<Citation> citations) {
		for (int i = 0; i < citations.size(); i++) {
			add(references, field + "[" + i + "].source", citations.get(i).source(), FactKind.SOURCE, null);
		}
	}

}
