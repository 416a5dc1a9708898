package org.jkgraph.extract;

import java.util.List;

/**
 * One sentence of a document: its number (from 1, as citations' {@code locator} gives it), its paragraph, its
 * character span in the document and its tokens.
 */
record Sentence(int number, int paragraph, int start, int end, String text, List<Token> tokens) {

	Sentence {
		tokens = List.copyOf(tokens);
	}

}
