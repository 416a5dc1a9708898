package org.jkgraph.facts;

/** The sentence an extracted fact was read from, with its character offsets in the source document. */
public record Evidence(String sentence, Integer start, Integer end) {
}
