package org.jkgraph.facts;

import java.util.List;

import org.jkgraph.model.FactKind;
import org.jkgraph.model.FactValues;

/** A subject events and measures are about, arranged in a hierarchy through {@code broader}. */
public record TopicFact(FactKind kind, FactValues values, Origin origin) implements Fact {

	public String name() {
		return values.text("name");
	}

	public List<String> aliases() {
		return values.texts("aliases");
	}

	public String broader() {
		return values.text("broader");
	}

	public String description() {
		return values.text("description");
	}

}
