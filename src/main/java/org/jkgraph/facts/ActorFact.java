package org.jkgraph.facts;

import java.util.List;
import java.util.Map;

/**
 * A country, person, government body, party, company, organisation, medium, research body or group.
 * {@code actorKind} is the file's {@code kind} field.
 */
public record ActorFact(String id, String actorKind, String name, List<String> aliases, Map<String, String> names,
		String country, List<String> memberOf, List<Office> offices, List<String> demonyms, List<String> metonyms,
		String description, String method, double confidence, List<Citation> sources, List<Claim> claims,
		String notes, Origin origin) implements Fact {

	public ActorFact {
		aliases = Immutable.list(aliases);
		names = Immutable.map(names);
		memberOf = Immutable.list(memberOf);
		offices = Immutable.list(offices);
		demonyms = Immutable.list(demonyms);
		metonyms = Immutable.list(metonyms);
		sources = Immutable.list(sources);
		claims = Immutable.list(claims);
	}

	@Override
	public FactKind kind() {
		return FactKind.ACTOR;
	}

}
