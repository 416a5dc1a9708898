package org.jkgraph.extract;

import org.jkgraph.facts.Citation;
import org.jkgraph.facts.Evidence;
import org.jkgraph.facts.FactDate;

/**
 * A sentence that reports a curated event: the event it supports, what the extractor read there (type and date), the
 * document, the sentence (locator and evidence with offsets and trigger words) and how sure the extractor is. Written
 * as a mention fact of its own ({@link FactWriter#mention}), so that a curated event is never re-written by
 * extraction. {@code id} is stable: the document, the sentence's number and the event.
 */
public record EventMention(String id, String event, String type, FactDate date, String source, String locator,
		String note, Evidence evidence, double confidence) {

	static EventMention of(String event, String type, FactDate date, Citation citation, double confidence) {
		return new EventMention(id(citation.source(), citation.locator(), event), event, type, date, citation.source(),
				citation.locator(), citation.note(), citation.evidence(), confidence);
	}

	/** {@code <source>-s<sentence>-<event>}: one mention per sentence and event, whoever writes it. */
	public static String id(String source, String locator, String event) {
		String sentence = (locator != null) ? locator.replaceAll("[^0-9]+", "") : "";
		return source + "-s" + (sentence.isEmpty() ? "0" : sentence) + "-" + event;
	}

	Citation citation() {
		return new Citation(source, locator, note, evidence);
	}

}
