package org.jkgraph.facts;

import java.util.List;

/** Something that happened, typed from the event-type vocabulary and linked to its actors, place and causes. */
public record EventFact(String id, String type, FactDate date, FactDate endDate, String title, String summary,
		List<Participant> participants, String place, List<String> topics, List<MeasureChange> measures,
		List<String> respondsTo, List<String> followsUp, List<String> causes, String partOf, String mode,
		String method, double confidence, List<Citation> sources, List<Claim> claims, String notes, Origin origin)
		implements Fact {

	public EventFact {
		participants = Immutable.list(participants);
		topics = Immutable.list(topics);
		measures = Immutable.list(measures);
		respondsTo = Immutable.list(respondsTo);
		followsUp = Immutable.list(followsUp);
		causes = Immutable.list(causes);
		sources = Immutable.list(sources);
		claims = Immutable.list(claims);
	}

	@Override
	public FactKind kind() {
		return FactKind.EVENT;
	}

}
