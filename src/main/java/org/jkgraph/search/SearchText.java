package org.jkgraph.search;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jkgraph.api.BadParameterException;
import org.jkgraph.api.FactFilter;

/**
 * Turns what a user typed into Lucene queries for the {@code fact_search} index, and ranks what they find. The text
 * is cut into words at anything that is not a letter or digit, so no Lucene syntax (quotes, brackets, {@code AND},
 * {@code *}, {@code ~}, field names) survives from the input; the queries are built from those words only.
 * <p>
 * The first query asks for the words as they are, and for names and aliases that start with them (words of at least
 * {@value #MIN_PREFIX} letters); the second, fuzzy one is asked only when the first finds no name that equals or
 * starts with what was typed, and only for words of at least {@value #MIN_FUZZY} letters of an alphabet (one edit,
 * two from eight letters) — hangul, kanji and kana are indexed as pairs of characters, where an edit means nothing.
 */
final class SearchText {

	static final int MAX_WORDS = 12;

	static final int MIN_PREFIX = 3;

	static final int MIN_FUZZY = 4;

	private static final Set<UnicodeScript> ALPHABETS = EnumSet.of(UnicodeScript.LATIN, UnicodeScript.GREEK,
			UnicodeScript.CYRILLIC);

	private static final List<String> TEXT_FIELDS = List.of("title", "summary", "description", "question");

	/** How a hit matched, best first. */
	enum Match {

		/** A name or alias is what was typed (ignoring case, accents and punctuation). */
		EXACT,
		/**
		 * A name or alias starts with what was typed, or each word typed starts a word of it (for hangul and kanji, is
		 * inside one).
		 */
		PREFIX,
		/** Found only by the fuzzy query: a name, alias or title within an edit or two of what was typed. */
		FUZZY,
		/** The words are in its other text (title, summary, description, question), not in a name. */
		TEXT;

		String id() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	private SearchText() {
	}

	/** The words of {@code text}, lower case; 400 when there is none or too many. */
	static List<String> words(String text) {
		List<String> words = (text == null) ? List.of()
				: Arrays.stream(normalise(text).split(" ")).filter(word -> !word.isEmpty()).distinct().toList();
		if (words.isEmpty()) {
			throw new BadParameterException("q", "q must contain at least one letter or digit");
		}
		if (words.size() > MAX_WORDS) {
			throw new BadParameterException("q", "q may have at most " + MAX_WORDS + " words, had " + words.size());
		}
		return words;
	}

	/** The first query: every word on every field, names and aliases boosted and also matched by their start. */
	static String exact(List<String> words) {
		String plain = String.join(" ", words);
		String withPrefixes = words.stream()
			.map(word -> prefixable(word) ? word + " " + word + "*" : word)
			.collect(Collectors.joining(" "));
		List<String> clauses = new ArrayList<>();
		clauses.add("name:(" + withPrefixes + ")^3");
		clauses.add("aliasText:(" + withPrefixes + ")^3");
		if (words.size() > 1) {
			// the whole name in order counts most, so that it is among the first candidates
			clauses.add("name:\"" + plain + "\"^6");
			clauses.add("aliasText:\"" + plain + "\"^6");
		}
		TEXT_FIELDS.forEach(field -> clauses.add(field + ":(" + plain + ")"));
		return String.join(" OR ", clauses);
	}

	/**
	 * {@code query} among facts of these review statuses only, inside Lucene: filtered after the index's limit, the
	 * many candidates an extraction writes could fill that limit and leave a fact that counts unfound. A fact with
	 * no status is curated, which counts as accepted; rejected and merged facts never count.
	 */
	static String among(String query, List<String> statuses) {
		if (!statuses.contains(FactFilter.ACCEPTED)) {
			return "(" + query + ") AND status:(" + String.join(" OR ", statuses) + ")";
		}
		List<String> excluded = new ArrayList<>(List.of("candidate", "rejected", "merged"));
		excluded.removeAll(statuses);
		return "(" + query + ") AND NOT status:(" + String.join(" OR ", excluded) + ")";
	}

	/** The second query, or null when no word is long enough to be misspelt: names, aliases and titles only. */
	static String fuzzy(List<String> words) {
		if (words.stream().noneMatch(SearchText::fuzzable)) {
			return null;
		}
		String terms = words.stream()
			.map(word -> fuzzable(word) ? word + ((word.length() < 8) ? "~1" : "~2") : word)
			.collect(Collectors.joining(" "));
		return "name:(" + terms + ")^3 OR aliasText:(" + terms + ")^3 OR title:(" + terms + ")";
	}

	/** How names (a hit's name, aliases, native spellings) match what was typed: exact, prefix, or neither (null). */
	static Match byName(List<String> names, String typed) {
		String query = normalise(typed);
		List<String> queryWords = List.of(query.split(" "));
		Match best = null;
		for (String name : names) {
			if (name == null) {
				continue;
			}
			String candidate = normalise(name);
			if (candidate.equals(query)) {
				return Match.EXACT;
			}
			List<String> nameWords = List.of(candidate.split(" "));
			// Hangul and kanji run on without spaces: there, a word inside a longer one (経済 in 日本経済団体連合会) counts.
			boolean eachWordStartsOne = queryWords.stream()
				.allMatch(word -> nameWords.stream().anyMatch(nameWord -> nameWord.startsWith(word)
						|| (!alphabetic(word) && nameWord.contains(word))));
			if (candidate.startsWith(query) || eachWordStartsOne) {
				best = Match.PREFIX;
			}
		}
		return best;
	}

	/**
	 * Lower case, with the accents of Latin letters dropped (Sŏul is Soul) and full- and half-width forms folded
	 * (NFKC), every run of anything but letters and digits one space. Kana keep their voicing marks, hangul its jamo.
	 */
	static String normalise(String text) {
		String unaccented = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[\\u0300-\\u036f]+", "");
		return Normalizer.normalize(unaccented, Normalizer.Form.NFKC)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
	}

	private static boolean prefixable(String word) {
		return word.length() >= MIN_PREFIX && alphabetic(word);
	}

	private static boolean fuzzable(String word) {
		return word.length() >= MIN_FUZZY && alphabetic(word);
	}

	private static boolean alphabetic(String word) {
		return word.codePoints().allMatch(c -> Character.isLetter(c) && ALPHABETS.contains(UnicodeScript.of(c)));
	}

}
