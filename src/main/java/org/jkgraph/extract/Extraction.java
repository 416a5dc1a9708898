package org.jkgraph.extract;

import java.util.List;
import java.util.Map;

/**
 * What the extractor made of a batch of documents. {@code facts} are what it writes, in the loader's format (a source
 * fact per new document, candidate actors, new events). {@code events} are every event it read, with its own reading,
 * new or supporting a curated one; {@code mentions} are the sentences that report curated events, one object each
 * (the event, document, sentence, offsets, confidence), kept apart from the facts; {@code actors} are the candidate
 * actors seeds lacks, {@code measures} the candidate measures it lacks that a new event changes.
 */
public record Extraction(List<Map<String, Object>> facts, List<ExtractedEvent> events, List<EventMention> mentions,
		List<CandidateActor> actors, List<CandidateMeasure> measures, int documents, int sentences, int candidates) {

	public Extraction {
		measures = List.copyOf(measures);
		facts = List.copyOf(facts);
		events = List.copyOf(events);
		mentions = List.copyOf(mentions);
		actors = List.copyOf(actors);
	}

	public String jsonLines() {
		return FactWriter.jsonLines(facts);
	}

	public String yaml() {
		return FactWriter.yaml(facts);
	}

	/** How many new events were written. */
	public int newEvents() {
		return (int) events.stream().filter(ExtractedEvent::isNew).count();
	}

	/** How many curated events the text reports. */
	public int supportedEvents() {
		return (int) events.stream().filter(e -> !e.isNew()).map(ExtractedEvent::supports).distinct().count();
	}

	/** The event facts only. */
	public List<Map<String, Object>> eventFacts() {
		return facts.stream().filter(fact -> "event".equals(fact.get("fact"))).toList();
	}

}
