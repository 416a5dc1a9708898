package org.jkgraph.facts;

/**
 * A fact's pointer into a source: the source's id, where in it ({@code locator}: paragraph, footnote, page) and an
 * optional note. Extracted facts add the {@link Evidence} they were read from.
 */
public record Citation(String source, String locator, String note, Evidence evidence) {
}
