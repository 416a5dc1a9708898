package org.jkgraph.facts;

/**
 * The sentence an extracted fact was read from, with its character offsets in the source document, and the words
 * in it that made the extractor read the fact ({@code trigger}, at {@code triggerStart..triggerEnd} in the document),
 * when known.
 */
public record Evidence(String sentence, Integer start, Integer end, String trigger, Integer triggerStart,
		Integer triggerEnd) {

	public Evidence(String sentence, Integer start, Integer end) {
		this(sentence, start, end, null, null, null);
	}

	/** This evidence with the words of {@code sentence} between these document offsets as its trigger. */
	public Evidence triggeredBy(int from, int to) {
		if (start == null || from < start || to > end || from >= to) {
			return this;
		}
		return new Evidence(sentence, start, end, sentence.substring(from - start, to - start), from, to);
	}

}
