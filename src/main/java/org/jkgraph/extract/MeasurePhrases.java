package org.jkgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Reads the noun phrase that names a measure at a trigger, for measures seeds lack ({@code candidates} in
 * {@code seeds/lexicon/measures.yaml}): the object of a change verb ("suspending discussions on a currency swap"), a
 * verb that names its own measure ("banned seafood from Japan" is a ban on seafood from Japan), or a noun trigger
 * ("a ban on imports of …"). The phrase is the measure noun (its head, whose kind the lexicon gives), the words
 * before it in its phrase and one prepositional complement ("on …", "of …", continued by "from …" or "of …"), cut at
 * a clause boundary, a date or a subordinate word. A head alone after "the" or a possessive ("the restrictions", "its
 * measures") refers back to a measure already named and is no new one (it is read as anaphoric).
 */
final class MeasurePhrases {

	/**
	 * A measure phrase: its words as the text has them, its head noun and the kind that noun names; {@code anaphoric}
	 * when it is the head alone after "the" or a possessive ("the restrictions"), naming a measure named before.
	 */
	record Phrase(String name, String head, String kind, boolean anaphoric) {
	}

	private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "our", "this",
			"that", "these", "those", "new", "fresh", "further");

	private static final Set<String> DEFINITE = Set.of("the", "its", "their", "his", "her", "our", "this", "that",
			"these", "those");

	/** Prepositions that may open the head's complement ("ban on …", "talks about …"). */
	private static final Set<String> COMPLEMENT = Set.of("on", "about", "for", "with", "against", "between", "into",
			"from", "of", "to");

	/** Prepositions that may continue it ("… on seafood from Japan", "… on imports of seafood"). */
	private static final Set<String> CONTINUING = Set.of("from", "of");

	/** Words that end the phrase: a new clause or an adverbial begins. */
	private static final Set<String> BOUNDARY = Set.of("and", "or", "but", "after", "as", "because", "while", "when",
			"since", "amid", "until", "that", "which", "who", "following", "despite", "over", "in", "at", "by", "under",
			"than", "said", "says", "starting", "effective", "if", "unless", "before", "through", "within", "during");

	/** Nouns and pronouns of a complement that say nothing of which measure it is ("on the issue", "with it"). */
	private static final Set<String> VAGUE = Set.of("issue", "issues", "matter", "matters", "question", "problem",
			"it", "them", "this", "that", "each", "other", "both", "sides", "side", "country", "countries", "two");

	private static final int MAX_WORDS = 10;

	/** Measure nouns (singular and plural as listed) and the measure kind each names. */
	private final Map<String, String> nouns = new HashMap<>();

	/** Verbs (lemmas) that name their own measure ("ban" → a ban), with that noun. */
	private final Map<String, String> namingVerbs = new HashMap<>();

	private final Map<String, String> namingForms = new HashMap<>();

	MeasurePhrases(Map<String, Object> candidates) {
		LexiconFiles.map(candidates.get("nouns")).forEach((noun, kind) -> {
			String lower = Tokenizer.lower(noun);
			nouns.put(lower, String.valueOf(kind));
			nouns.putIfAbsent(plural(lower), String.valueOf(kind));
		});
		LexiconFiles.map(candidates.get("namingVerbs")).forEach((verb, noun) -> {
			namingVerbs.put(verb, String.valueOf(noun));
			Inflections.verb(verb, List.of()).forEach(form -> namingForms.put(form, verb));
		});
	}

	private static String plural(String noun) {
		if (noun.endsWith("s")) {
			return noun;
		}
		return noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
	}

	/** The kind a measure noun names, if it is one. */
	Optional<String> kindOf(String noun) {
		return Optional.ofNullable(nouns.get(Tokenizer.lower(noun)));
	}

	/** The measure phrase a name is, read from its first word as a noun trigger's phrase is ("a ban on …"). */
	Optional<Phrase> named(List<Token> name) {
		return nounPhrase(name, 0, k -> false);
	}

	/**
	 * The measure phrase at a trigger: its verb's object, or the noun trigger's own phrase.
	 *
	 * @param inTime whether a token lies inside a time expression (a date ends the phrase)
	 */
	Optional<Phrase> at(List<Token> tokens, TriggerLexicon.Match match, IntPredicate inTime) {
		int verb = match.pattern().verb() ? match.first() : -1;
		if (verb >= 0 && !match.passive()) {
			String naming = namingForms.get(tokens.get(verb).lower());
			if (naming != null) {
				// "banned seafood from Japan": a ban on what follows
				List<Token> object = phrase(tokens, verb + 1, inTime, true);
				if (object.isEmpty() || nouns.containsKey(object.getFirst().lower())) {
					return Optional.empty();
				}
				String noun = namingVerbs.get(naming);
				return Optional.of(new Phrase(noun + " on " + text(object), noun, nouns.getOrDefault(noun, "sanction"),
						false));
			}
			Optional<Phrase> object = nounPhrase(tokens, verb + 1, inTime);
			return object.isPresent() ? object : whereTheObjectGoes(tokens, verb + 1, inTime);
		}
		if (verb < 0) {
			// a noun trigger: its phrase begins at its first word ("import ban on …")
			return nounPhrase(tokens, match.first(), inTime);
		}
		return Optional.empty();
	}

	/**
	 * "removed South Korea from its white list", "restored Japan to the list": when the object names no measure,
	 * the phrase after the "from" or "to" that follows it in the clause.
	 */
	private Optional<Phrase> whereTheObjectGoes(List<Token> tokens, int from, IntPredicate inTime) {
		for (int k = from; k < tokens.size() && k < from + MAX_WORDS; k++) {
			Token token = tokens.get(k);
			if (inTime.test(k) || BOUNDARY.contains(token.lower()) || !token.isWord() && !isQuote(token)) {
				return Optional.empty();
			}
			if (token.is("from") || token.is("to")) {
				// after an object only: "vowed to enforce the deal" sends nothing anywhere
				return k > from ? nounPhrase(tokens, k + 1, inTime) : Optional.empty();
			}
		}
		return Optional.empty();
	}

	private static boolean isQuote(Token token) {
		return "\"\u201c\u201d'\u2018\u2019".contains(token.text());
	}

	/** The noun phrase from {@code from}: a measure noun in its first words, with its modifiers and complement. */
	private Optional<Phrase> nounPhrase(List<Token> tokens, int from, IntPredicate inTime) {
		Token before = from > 0 ? tokens.get(from - 1) : null;
		boolean definite = from < tokens.size() && DEFINITE.contains(tokens.get(from).lower())
				|| before != null && (DEFINITE.contains(before.lower()) || before.lower().equals("'s"));
		List<Token> words = phrase(tokens, from, inTime, false);
		for (int i = 0; i < words.size(); i++) {
			String kind = nouns.get(words.get(i).lower());
			if (kind == null) {
				if (COMPLEMENT.contains(words.get(i).lower())) {
					// the head comes before its complement: "support for …" names no measure
					return Optional.empty();
				}
				continue;
			}
			int end = i + 1;
			while (end < words.size() && nouns.containsKey(words.get(end).lower())) {
				// "currency swap talks": the last noun of a compound is its head
				end++;
			}
			int head = end - 1;
			boolean complemented = end < words.size();
			boolean vague = words.stream().skip(end).map(Token::lower)
				.allMatch(w -> DETERMINERS.contains(w) || COMPLEMENT.contains(w) || VAGUE.contains(w) || w.equals("'s"));
			if (i == 0 && vague && complemented) {
				// "an agreement on the issue": the complement says nothing of which one, as the head alone would not
				return Optional.of(new Phrase(text(words), words.get(head).lower(), nouns.get(words.get(head).lower()), true));
			}
			if (definite && i == 0 && !complemented) {
				// "the restrictions", "its measures": a measure named before, not a new one
				return Optional.of(new Phrase(text(words.subList(0, end)), words.get(head).lower(),
						nouns.get(words.get(head).lower()), true));
			}
			if (i == 0 && !complemented && head == 0) {
				// a bare "sanctions": nothing says which
				return Optional.empty();
			}
			return Optional.of(new Phrase(text(words), words.get(head).lower(), nouns.get(words.get(head).lower()), false));
		}
		return Optional.empty();
	}

	/**
	 * The words from {@code from} to the phrase's end (determiners at its start left out): up to a boundary, a date,
	 * punctuation or {@link #MAX_WORDS}, with one complement and its continuations.
	 */
	private static List<Token> phrase(List<Token> tokens, int from, IntPredicate inTime, boolean complementOnly) {
		int k = from;
		while (k < tokens.size() && DETERMINERS.contains(tokens.get(k).lower())) {
			k++;
		}
		List<Token> words = new ArrayList<>();
		boolean complemented = complementOnly;
		for (; k < tokens.size() && words.size() < MAX_WORDS; k++) {
			Token token = tokens.get(k);
			String word = token.lower();
			boolean possessive = word.equals("'s") || word.equals("'");
			if (isQuote(token) && !possessive) {
				// a quoted word is still the phrase's: its "whitelist" of trusted trading partners
				continue;
			}
			if (inTime.test(k) || BOUNDARY.contains(word) || !token.isWord() && !possessive && !word.equals("-")) {
				break;
			}
			if (COMPLEMENT.contains(word) || CONTINUING.contains(word)) {
				if (complemented && !CONTINUING.contains(word)) {
					break;
				}
				if (complemented && (k + 1 >= tokens.size() || !tokens.get(k + 1).isWord())) {
					break;
				}
				complemented = true;
			}
			words.add(token);
		}
		// a phrase never ends on a preposition or a determiner
		while (!words.isEmpty() && (COMPLEMENT.contains(words.getLast().lower())
				|| DETERMINERS.contains(words.getLast().lower()))) {
			words.removeLast();
		}
		return words;
	}

	private static String text(List<Token> words) {
		StringBuilder out = new StringBuilder();
		for (Token token : words) {
			boolean joined = token.lower().startsWith("'") || token.text().equals("-")
					|| !out.isEmpty() && out.charAt(out.length() - 1) == '-';
			if (!out.isEmpty() && !joined) {
				out.append(' ');
			}
			out.append(token.text());
		}
		return out.toString();
	}

}
