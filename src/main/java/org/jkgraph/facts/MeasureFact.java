package org.jkgraph.facts;

import java.util.List;

/**
 * A state that holds over a period (export controls, a pact, a dispute). Its status over time follows from the
 * events that change it: see {@link MeasureHistory}. {@code measureKind} is the file's {@code kind} field.
 */
public record MeasureFact(String id, String measureKind, String name, String summary, List<String> imposedBy,
		List<String> targets, List<String> parties, List<String> topics, String method, double confidence,
		List<Citation> sources, List<Claim> claims, String notes, Origin origin) implements Fact {

	public MeasureFact {
		imposedBy = Immutable.list(imposedBy);
		targets = Immutable.list(targets);
		parties = Immutable.list(parties);
		topics = Immutable.list(topics);
		sources = Immutable.list(sources);
		claims = Immutable.list(claims);
	}

	@Override
	public FactKind kind() {
		return FactKind.MEASURE;
	}

}
