package org.jkgraph.model;

import java.util.HashMap;
import java.util.Map;

/**
 * One relationship as the loader writes it. {@code id} is stable ({@code owner:TYPE:other[:qualifier]}) and
 * {@code owner} is the fact that declares it: a relationship lives and dies with its owner's entry in the files.
 */
public record RelationshipRow(String id, String type, String from, String to, String owner, Map<String, Object> properties) {

	/** Its properties with its ends, one flat map: the queries name each property (see {@link FactModel#relationshipProperties}). */
	public Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>(properties);
		parameters.put("from", from);
		parameters.put("to", to);
		return parameters;
	}

}
