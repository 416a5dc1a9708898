package org.jkgraph.model;

import java.util.List;
import java.util.Map;

/**
 * One node as the loader writes it: its stable id, its labels besides {@code :Fact}, and every property
 * (provenance included). {@code hash} covers the properties, the labels and everything the fact owns, so an
 * unchanged fact is recognised without comparing the graph field by field.
 */
public record NodeRow(String id, String kind, List<String> labels, Map<String, Object> properties, String hash) {

	public Map<String, Object> parameters() {
		return Map.of("id", id, "properties", properties);
	}

}
