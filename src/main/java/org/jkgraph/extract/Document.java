package org.jkgraph.extract;

import org.jkgraph.facts.FactDate;

/**
 * A text to extract from. {@code sourceId} is the id its facts cite; {@code published} resolves relative dates (null
 * when unknown: then only written-out dates count); {@code title}, {@code publisher} and {@code url} describe its
 * source fact (from options, the corpus table or the curated source); {@code type} is the source type (news,
 * analysis, …). {@code known} when the source is already a curated fact, so no source fact is written for it.
 */
public record Document(String sourceId, String text, FactDate published, String title, String publisher, String url,
		String corpusFile, String type, boolean known) {

	/** A news document whose source is not curated yet: a source fact is written for it. */
	public static Document of(String sourceId, String text, FactDate published) {
		return new Document(sourceId, text, published, null, null, null, null, "news", false);
	}

	/**
	 * Analysis pieces look back over months or years, news reports the last few days: an event they leave undated is
	 * dated to the publication year or month accordingly.
	 */
	boolean looksBack() {
		return type != null && !type.equals("news");
	}

}
