package org.jkgraph.search;

import java.util.ArrayList;
import java.lang.Character.UnicodeScript;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jkgraph.api.BadParameterException;

/**
 * Turns what a user typed into a Lucene query for the {@code fact_text} index. The text is cut into words at
 * anything that is not a letter or digit, so no Lucene syntax (quotes, brackets, {@code AND}, {@code *}, {@code ~},
 * field names) survives from the input; the query is then built from those words only. Each word of four or more
 * letters may be misspelt (one edit, two from eight letters), and a hit in a name or alias counts more than one in a
 * summary or description.
 */
final class SearchText {

	static final int MAX_WORDS = 12;

	private static final Set<UnicodeScript> ALPHABETS = EnumSet.of(UnicodeScript.LATIN, UnicodeScript.GREEK,
			UnicodeScript.CYRILLIC, UnicodeScript.HANGUL);

	private static final String[] FIELDS = { "name^3", "aliasText^3", "title", "summary", "description" };

	private SearchText() {
	}

	/** The words of {@code text}, lower case; 400 when there is none or too many. */
	static List<String> words(String text) {
		List<String> words = (text == null) ? List.of()
				: Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
					.filter(word -> !word.isEmpty())
					.distinct()
					.toList();
		if (words.isEmpty()) {
			throw new BadParameterException("q", "q must contain at least one letter or digit");
		}
		if (words.size() > MAX_WORDS) {
			throw new BadParameterException("q", "q may have at most " + MAX_WORDS + " words, had " + words.size());
		}
		return words;
	}

	/** The Lucene query for {@code text}: every field, every word, fuzzy where the word is long enough. */
	static String lucene(String text) {
		String terms = words(text).stream().map(SearchText::term).collect(Collectors.joining(" "));
		List<String> clauses = new ArrayList<>();
		for (String field : FIELDS) {
			int boost = field.indexOf('^');
			String name = (boost < 0) ? field : field.substring(0, boost);
			clauses.add(name + ":(" + terms + ")" + ((boost < 0) ? "" : field.substring(boost)));
		}
		return String.join(" OR ", clauses);
	}

	/**
	 * A word as a query term, fuzzy when it is long enough and written in an alphabet. Han and kana are indexed one
	 * character at a time, so a fuzzy (unanalysed) term of them would match nothing; they stay exact.
	 */
	private static String term(String word) {
		boolean alphabetic = word.codePoints().allMatch(c -> Character.isLetter(c) && ALPHABETS.contains(UnicodeScript.of(c)));
		if (!alphabetic || word.length() < 4) {
			return word;
		}
		return word + ((word.length() < 8) ? "~1" : "~2");
	}

}
