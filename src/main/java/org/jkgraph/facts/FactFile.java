package org.jkgraph.facts;

/** The text of one fact file; {@code name} is the path problems show, e.g. {@code seeds/events/2023.yaml}. */
public record FactFile(String name, String content) {

	boolean isJsonLines() {
		return name.endsWith(".jsonl");
	}

}
