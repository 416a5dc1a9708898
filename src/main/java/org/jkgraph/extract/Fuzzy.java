package org.jkgraph.extract;

/**
 * One edit of tolerance: a letter inserted, left out, changed, or two neighbours swapped ("Kishdia"). Written here
 * rather than taken from a library because it is the one comparison needed and it runs at every capitalised word of
 * a sentence: a distance bounded at one stops at the second difference.
 */
final class Fuzzy {

	private Fuzzy() {
	}

	static boolean withinOneEdit(String a, String b) {
		int la = a.length();
		int lb = b.length();
		if (Math.abs(la - lb) > 1) {
			return false;
		}
		int i = 0;
		while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		if (i == la && i == lb) {
			return true;
		}
		if (la == lb) {
			// one letter changed, or two neighbours swapped
			return a.regionMatches(i + 1, b, i + 1, la - i - 1) || i + 1 < la && a.charAt(i) == b.charAt(i + 1)
					&& a.charAt(i + 1) == b.charAt(i) && a.regionMatches(i + 2, b, i + 2, la - i - 2);
		}
		// one letter more on one side
		return (la > lb) ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
	}

}
