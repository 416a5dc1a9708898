package org.jkgraph.load;

import java.util.Map;

/**
 * One relationship as the loader writes it. {@code id} is stable ({@code owner:TYPE:other[:qualifier]}) and
 * {@code owner} is the fact that declares it: a relationship lives and dies with its owner's entry in the files.
 */
record RelationshipRow(String id, String type, String from, String to, String owner, Map<String, Object> properties) {

	Map<String, Object> parameters() {
		return Map.of("id", id, "type", type, "from", from, "to", to, "properties", properties);
	}

}
