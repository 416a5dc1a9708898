package org.jkgraph.extract;

import org.jkgraph.facts.Evidence;

/**
 * A sentence that reports a curated event: the event it supports, the document, the sentence (locator and evidence
 * with offsets) and how sure the extractor is. Kept apart from the facts the extractor writes, so that a curated event
 * is never re-written by extraction; the graph-model issue makes it a fact kind of its own.
 */
public record EventMention(String event, String source, String locator, Evidence evidence, double confidence) {
}
