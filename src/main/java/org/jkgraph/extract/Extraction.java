package org.jkgraph.extract;

import java.util.List;
import java.util.Map;

/**
 * What the extractor made of a batch of documents: the facts in the loader's format (a source fact per new document,
 * then events — new ones with method {@code extracted}, curated ones re-emitted with the new citations), and counts.
 */
public record Extraction(List<Map<String, Object>> facts, int documents, int sentences, int candidates, int newEvents,
		int supportedEvents) {

	public Extraction {
		facts = List.copyOf(facts);
	}

	public String jsonLines() {
		return FactWriter.jsonLines(facts);
	}

	public String yaml() {
		return FactWriter.yaml(facts);
	}

	/** The event facts only. */
	public List<Map<String, Object>> events() {
		return facts.stream().filter(fact -> "event".equals(fact.get("fact"))).toList();
	}

}
