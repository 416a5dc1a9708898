package org.jkgraph.extract;

/**
 * A word or punctuation mark with its character offsets in the document. {@code lower} is the lower-case form with
 * typographic apostrophes straightened, which every lookup uses.
 */
record Token(String text, String lower, int start, int end) {

	boolean isCapitalised() {
		return Character.isUpperCase(text.charAt(0));
	}

	boolean isWord() {
		return Character.isLetterOrDigit(text.charAt(0));
	}

	boolean is(String word) {
		return lower.equals(word);
	}

}
