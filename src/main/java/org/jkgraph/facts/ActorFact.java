package org.jkgraph.facts;

import java.util.List;
import java.util.Map;

import org.jkgraph.model.FactKind;
import org.jkgraph.model.FactValues;

/**
 * A country, person, government body, party, company, organisation, medium, research body or group.
 * {@code actorKind} is the file's {@code kind} field.
 */
public record ActorFact(FactKind kind, FactValues values, Origin origin) implements Fact {

	public String actorKind() {
		return values.text("kind");
	}

	public String name() {
		return values.text("name");
	}

	public List<String> aliases() {
		return values.texts("aliases");
	}

	public Map<String, String> names() {
		return values.names("names");
	}

	public String country() {
		return values.text("country");
	}

	public List<String> memberOf() {
		return values.texts("memberOf");
	}

	public List<Office> offices() {
		return values.objects("offices").stream().map(Office::of).toList();
	}

	public List<String> demonyms() {
		return values.texts("demonyms");
	}

	public List<String> metonyms() {
		return values.texts("metonyms");
	}

	public String description() {
		return values.text("description");
	}

}
