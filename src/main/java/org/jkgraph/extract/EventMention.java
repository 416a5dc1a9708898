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

	/**
	 * {@code <source>-s<sentence>-<event>}: one mention per sentence and event, whoever writes it. Ids are at most
	 * {@value #MAX_ID} characters, so a longer one keeps its start and ends in a hash of the whole.
	 */
	public static String id(String source, String locator, String event) {
		String sentence = (locator != null) ? locator.replaceAll("[^0-9]+", "") : "";
		String id = source + "-s" + (sentence.isEmpty() ? "0" : sentence) + "-" + event;
		if (id.length() <= MAX_ID) {
			return id;
		}
		String hash = String.format("%08x", id.hashCode());
		String start = id.substring(0, MAX_ID - hash.length() - 1).replaceAll("-+$", "");
		return start + "-" + hash;
	}

	private static final int MAX_ID = 120;

	Citation citation() {
		return new Citation(source, locator, note, evidence);
	}

}
