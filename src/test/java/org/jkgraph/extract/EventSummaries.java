package org.jkgraph.extract;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jkgraph.facts.FactDate;

/**
 * What the extractor reports of one sentence of news published on 2023-03-17, an event a line, as the construction
 * tests compare it: {@code type date actor:role,…}, participants in alphabetical order.
 */
final class EventSummaries {

	private EventSummaries() {
	}

	static List<String> of(Extractor extractor, String text) {
		Extraction extraction = extractor.extract(List.of(Document.of("test-news", text, FactDate.parse("2023-03-17"))),
				false, 0.5);
		return extraction.eventFacts().stream().map(event -> {
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> participants = (List<Map<String, Object>>) event.get("participants");
			return event.get("type") + " " + event.get("date") + " "
					+ participants.stream().map(p -> p.get("actor") + ":" + p.get("role")).sorted().collect(Collectors.joining(","));
		}).toList();
	}

}
