package org.jkgraph.facts;

import java.util.List;

import org.jkgraph.model.FactKind;
import org.jkgraph.model.FactValues;

/**
 * A state that holds over a period (export controls, a pact, a dispute); its status over time follows from the
 * events that change it. {@code measureKind} is the file's {@code kind} field.
 */
public record MeasureFact(FactKind kind, FactValues values, Origin origin) implements Fact {

	public String measureKind() {
		return values.text("kind");
	}

	public String name() {
		return values.text("name");
	}

	public String summary() {
		return values.text("summary");
	}

	public List<String> imposedBy() {
		return values.texts("imposedBy");
	}

	public List<String> targets() {
		return values.texts("targets");
	}

	public List<String> parties() {
		return values.texts("parties");
	}

	public List<String> topics() {
		return values.texts("topics");
	}

}
