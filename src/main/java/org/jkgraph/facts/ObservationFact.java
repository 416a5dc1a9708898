package org.jkgraph.facts;

import java.util.List;

/** A number about an actor for a period: a trade flow, GDP, a poll result. */
public record ObservationFact(String id, String indicator, String subject, String counterpart, Double value,
		String unit, FactDate period, String question, String event, String method, double confidence,
		List<Citation> sources, List<Claim> claims, String notes, Origin origin) implements Fact {

	public ObservationFact {
		sources = Immutable.list(sources);
		claims = Immutable.list(claims);
	}

	@Override
	public FactKind kind() {
		return FactKind.OBSERVATION;
	}

}
