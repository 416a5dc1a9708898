package org.jkgraph.facts;

import java.util.List;
import java.util.Map;

import org.jkgraph.model.FactKind;
import org.jkgraph.model.FactValues;

/**
 * A city, region, sea, strait, site or group of islands, with each side's name for disputed ones.
 * {@code placeKind} is the file's {@code kind} field.
 */
public record PlaceFact(FactKind kind, FactValues values, Origin origin) implements Fact {

	public String placeKind() {
		return values.text("kind");
	}

	public String name() {
		return values.text("name");
	}

	public Map<String, String> names() {
		return values.names("names");
	}

	public List<String> aliases() {
		return values.texts("aliases");
	}

	public String country() {
		return values.text("country");
	}

	public List<String> claimants() {
		return values.texts("claimants");
	}

	public String within() {
		return values.text("within");
	}

	public Double lat() {
		return values.number("lat");
	}

	public Double lon() {
		return values.number("lon");
	}

	public String description() {
		return values.text("description");
	}

}
