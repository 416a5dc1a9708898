package org.jkgraph.facts;

import java.util.List;

/** A subject events and measures are about, arranged in a hierarchy through {@code broader}. */
public record TopicFact(String id, String name, List<String> aliases, String broader, String description,
		String method, double confidence, List<Citation> sources, List<Claim> claims, String notes, Origin origin)
		implements Fact {

	public TopicFact {
		aliases = Immutable.list(aliases);
		sources = Immutable.list(sources);
		claims = Immutable.list(claims);
	}

	@Override
	public FactKind kind() {
		return FactKind.TOPIC;
	}

}
