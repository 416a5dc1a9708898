package org.jkgraph.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jkgraph.facts.EventTypes;

/**
 * The event triggers of {@code seeds/lexicon/triggers.yaml}: verb and noun patterns per event type with the roles
 * their positions give. Patterns are compiled to token matchers once; {@link #find} lists a sentence's matches.
 */
final class TriggerLexicon {

	/** How many words a {@code ..} in a pattern may skip. */
	static final int GAP = 8;

	/** Words a gap never crosses: they start another clause. */
	private static final Set<String> GAP_STOPS = Set.of(",", ";", ":", ".", "?", "!", "\u2014", "\u2013", "while",
			"but", "which", "who", "whereas", "because", "although", "\u201c", "\u201d", "\"");

	/** One entry of the lexicon: an event type and what its patterns' positions mean. */
	record Entry(String type, Map<String, String> roles, double confidence, int priority, String upgrade,
			boolean composes, List<String> requires) {
	}

	sealed interface Element permits Word, Phrase, Gap {
	}

	/** A single word in any of its forms. */
	record Word(Set<String> forms) implements Element {
	}

	/** Any of a class's phrases, each a list of words in their forms. */
	record Phrase(List<List<Set<String>>> alternatives) implements Element {
	}

	record Gap() implements Element {
	}

	record Pattern(Entry entry, boolean verb, String text, List<Element> elements, Set<String> participles) {

		/** A noun pattern's head word as the lexicon writes it: its last word, or its first when it has a gap. */
		String headWord() {
			List<String> words = List.of(text.trim().split("\\s+"));
			return Tokenizer.lower(words.contains("..") ? words.getFirst() : words.getLast());
		}

	}

	/**
	 * A pattern found in a sentence: tokens {@code first..last}, the head word (a verb's first word, a noun's last),
	 * whether it was passive, and how many words its gaps skipped (the nearer match wins).
	 */
	record Match(Pattern pattern, int first, int last, int head, boolean passive, int skipped) {

		Entry entry() {
			return pattern.entry();
		}

	}

	private final Map<String, List<Pattern>> byFirstWord = new HashMap<>();

	private final Map<String, List<Pattern>> byLastWord = new HashMap<>();

	private final List<Entry> entries = new ArrayList<>();

	/** Every form of every word a pattern or class names. */
	private final Set<String> usedWords = new java.util.HashSet<>();

	/** A WordNet verb sense standing for an entry's meaning: {@code criticize#1} is the first sense of "criticize". */
	record Anchor(Entry entry, String lemma, int sense) {
	}

	private final List<Anchor> anchors = new ArrayList<>();

	private Map<String, Object> wordnet = Map.of();

	private Map<String, List<String>> derived = Map.of();

	private TriggerLexicon() {
	}

	static TriggerLexicon read(Path seeds, EventTypes eventTypes) {
		return read(seeds, eventTypes, lemma -> List.of());
	}

	/**
	 * @param moreIrregular irregular forms of a verb lemma beyond the lexicon's own list (WordNet's exception list:
	 * the lexicon need not list "withdrew")
	 */
	static TriggerLexicon read(Path seeds, EventTypes eventTypes,
			java.util.function.Function<String, List<String>> moreIrregular) {
		// without WordNet, the evaluative classes are empty: their patterns match nothing
		return read(seeds, eventTypes, moreIrregular, evaluations -> {
			Map<String, List<String>> empty = new LinkedHashMap<>();
			evaluations.keySet().forEach(name -> empty.put(name, List.of()));
			return empty;
		});
	}

	/**
	 * @param derived classes worked out from the file's {@code evaluations:} section (evaluative adjectives through
	 * WordNet, {@link EvaluativeWords}), usable in patterns like the listed ones
	 */
	static TriggerLexicon read(Path seeds, EventTypes eventTypes,
			java.util.function.Function<String, List<String>> moreIrregular,
			java.util.function.Function<Map<String, Object>, Map<String, List<String>>> derived) {
		Map<String, Object> file = LexiconFiles.read(seeds, "triggers.yaml");
		Map<String, List<String>> listed = new HashMap<>();
		LexiconFiles.map(file.get("irregular")).forEach((lemma, forms) -> listed.put(lemma, LexiconFiles.strings(forms)));
		java.util.function.Function<String, List<String>> irregular = lemma -> {
			Set<String> forms = new java.util.LinkedHashSet<>(listed.getOrDefault(lemma, List.of()));
			forms.addAll(moreIrregular.apply(lemma));
			return List.copyOf(forms);
		};
		Map<String, List<List<String>>> classes = new LinkedHashMap<>();
		LexiconFiles.map(file.get("classes"))
			.forEach((name, phrases) -> classes.put(name, LexiconFiles.strings(phrases).stream().map(LexiconFiles::words).toList()));
		Map<String, List<String>> derivedClasses = derived.apply(LexiconFiles.map(file.get("evaluations")));
		derivedClasses.forEach((name, words) -> classes.putIfAbsent(name, words.stream().map(List::of).toList()));
		TriggerLexicon lexicon = new TriggerLexicon();
		lexicon.derived = Map.copyOf(derivedClasses);
		List<String> problems = new ArrayList<>();
		for (Object item : (file.get("triggers") instanceof List<?> list) ? list : List.of()) {
			Map<String, Object> fields = LexiconFiles.map(item);
			String type = String.valueOf(fields.get("type"));
			if (!eventTypes.contains(type)) {
				problems.add("unknown event type '" + type + "'");
				continue;
			}
			Map<String, String> roles = new LinkedHashMap<>();
			LexiconFiles.map(fields.get("roles")).forEach((slot, role) -> roles.put(slot, String.valueOf(role)));
			Entry entry = new Entry(type, Map.copyOf(roles),
					(fields.get("confidence") instanceof Number n) ? n.doubleValue() : 0.7,
					(fields.get("priority") instanceof Number p) ? p.intValue() : 0,
					(fields.get("upgrade") != null) ? String.valueOf(fields.get("upgrade")) : null,
					Boolean.TRUE.equals(fields.get("composes")),
					(fields.get("requires") instanceof List<?> required) ? required.stream().map(String::valueOf).toList()
							: List.of());
			if (entry.upgrade() != null && !eventTypes.contains(entry.upgrade())) {
				problems.add("unknown event type '" + entry.upgrade() + "' to upgrade " + type + " to");
			}
			lexicon.entries.add(entry);
			for (String sense : LexiconFiles.strings(fields.get("senses"))) {
				String[] parts = sense.split("#");
				if (parts.length != 2 || !parts[1].matches("[1-9][0-9]?")) {
					problems.add("sense '" + sense + "' of " + type + " is not lemma#number (a WordNet verb sense)");
					continue;
				}
				lexicon.anchors.add(new Anchor(entry, parts[0], Integer.parseInt(parts[1])));
			}
			for (String text : LexiconFiles.strings(fields.get("verbs"))) {
				lexicon.add(compile(entry, true, text, classes, irregular, problems));
			}
			for (String text : LexiconFiles.strings(fields.get("nouns"))) {
				lexicon.add(compile(entry, false, text, classes, irregular, problems));
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Invalid seeds/lexicon/triggers.yaml:\n" + String.join("\n", problems));
		}
		lexicon.wordnet = LexiconFiles.map(file.get("wordnet"));
		return lexicon;
	}

	private static Pattern compile(Entry entry, boolean verb, String text, Map<String, List<List<String>>> classes,
			java.util.function.Function<String, List<String>> irregular, List<String> problems) {
		List<String> parts = List.of(text.trim().split("\\s+"));
		// a noun pattern's head is its last word, or its first when it has a gap ("tightening of .. rules")
		int nounHead = parts.contains("..") ? 0 : parts.size() - 1;
		List<Element> elements = new ArrayList<>();
		Set<String> participles = Set.of();
		for (int i = 0; i < parts.size(); i++) {
			String part = parts.get(i);
			if (part.equals("..")) {
				elements.add(new Gap());
			}
			else if (part.startsWith("<") && part.endsWith(">")) {
				List<List<String>> phrases = classes.get(part.substring(1, part.length() - 1));
				if (phrases == null) {
					problems.add("unknown class " + part + " in '" + text + "'");
					continue;
				}
				elements.add(new Phrase(phrases.stream().map(TriggerLexicon::phraseForms).toList()));
			}
			else {
				for (String word : LexiconFiles.words(part)) {
					if (verb && elements.isEmpty()) {
						List<String> irregulars = irregular.apply(word);
						elements.add(new Word(Inflections.verb(word, irregulars)));
						participles = Inflections.participles(word, irregulars);
					}
					else if (!verb && i == nounHead || verb) {
						elements.add(new Word(Inflections.noun(word)));
					}
					else {
						elements.add(new Word(Set.of(word)));
					}
				}
			}
		}
		return new Pattern(entry, verb, text, List.copyOf(elements), participles);
	}

	private static List<Set<String>> phraseForms(List<String> words) {
		List<Set<String>> forms = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			forms.add((i == words.size() - 1) ? Inflections.noun(words.get(i)) : Set.of(words.get(i)));
		}
		return forms;
	}

	private void add(Pattern pattern) {
		for (Element element : pattern.elements()) {
			switch (element) {
				case Word word -> usedWords.addAll(word.forms());
				case Phrase phrase -> phrase.alternatives().forEach(alternative -> alternative.forEach(usedWords::addAll));
				case Gap gap -> {
				}
			}
		}
		Element first = pattern.elements().getFirst();
		if (first instanceof Word word) {
			word.forms().forEach(form -> byFirstWord.computeIfAbsent(form, k -> new ArrayList<>()).add(pattern));
		}
		else if (first instanceof Phrase phrase) {
			phrase.alternatives().forEach(alternative -> alternative.getFirst()
				.forEach(form -> byFirstWord.computeIfAbsent(form, k -> new ArrayList<>()).add(pattern)));
		}
		if (pattern.verb() && pattern.elements().size() > 2 && pattern.elements().get(1) instanceof Gap) {
			// passives are found from the verb, which comes last: "the curbs were lifted"
			((Word) first).forms().forEach(form -> byLastWord.computeIfAbsent(form, k -> new ArrayList<>()).add(pattern));
		}
	}

	/**
	 * Types whose every entry makes its subject a participant (a meeting, a summit, a phone call): an event between
	 * sides, which one side alone does not make.
	 */
	boolean isReciprocal(String type) {
		List<Entry> ofType = entries.stream().filter(entry -> entry.type().equals(type)).toList();
		return !ofType.isEmpty() && ofType.stream().allMatch(entry -> "participant".equals(entry.roles().get("subject")));
	}

	/** Types whose every role is the subject's own (taking office): what each of several subjects does alone. */
	boolean isIndividual(String type) {
		List<Entry> ofType = entries.stream().filter(entry -> entry.type().equals(type)).toList();
		return !ofType.isEmpty() && ofType.stream().allMatch(entry -> entry.roles().values().stream().allMatch("subject"::equals));
	}

	/** The type a meeting of leaders becomes ("meeting" → "summit"), or null. */
	String upgradeOf(String type) {
		return entries.stream().filter(entry -> entry.type().equals(type) && entry.upgrade() != null)
			.map(Entry::upgrade).findFirst().orElse(null);
	}

	List<Entry> entries() {
		return List.copyOf(entries);
	}

	/** The WordNet senses the entries name as their meaning ({@code senses:}), in the file's order. */
	List<Anchor> anchors() {
		return List.copyOf(anchors);
	}

	/** The classes worked out from the file's {@code evaluations:} (evaluative adjectives by polarity), by name. */
	Map<String, List<String>> derivedClasses() {
		return derived;
	}

	/** The file's {@code wordnet:} settings (how far semantic triggers reach), as written. */
	Map<String, Object> wordnetSettings() {
		return wordnet;
	}

	/** Whether any pattern or class uses this word ("regret" in "express .. regret"): the lexicon decides its readings. */
	boolean lists(String lower) {
		return usedWords.contains(lower);
	}

	/** Whether any pattern can start at this word: the cheap test that decides whether a sentence needs a closer look. */
	boolean mayStartAt(String lower) {
		return byFirstWord.containsKey(lower) || byLastWord.containsKey(lower);
	}

	/** Every match in the tokens, the nearest one per head word, type and reading (verb or noun). */
	List<Match> find(List<Token> tokens) {
		Map<String, Match> best = new LinkedHashMap<>();
		for (int i = 0; i < tokens.size(); i++) {
			for (Pattern pattern : byFirstWord.getOrDefault(tokens.get(i).lower(), List.of())) {
				int[] end = match(pattern.elements(), 0, tokens, i, 0);
				if (end != null) {
					int head = pattern.verb() ? i : headOf(pattern, tokens, i, end[0]);
					keep(best, new Match(pattern, i, end[0], head, false, end[1]));
				}
			}
			for (Pattern pattern : byLastWord.getOrDefault(tokens.get(i).lower(), List.of())) {
				if (pattern.participles().contains(tokens.get(i).lower())) {
					passive(pattern, tokens, i).ifPresent(match -> keep(best, match));
				}
			}
		}
		return List.copyOf(best.values());
	}

	private static void keep(Map<String, Match> best, Match match) {
		// a verb and a noun reading of one word ("visit") both stay: the caller chooses by context
		String key = match.head() + ":" + match.entry().type() + ":" + match.pattern().verb();
		Match previous = best.get(key);
		if (previous == null || match.skipped() < previous.skipped()
				|| (match.skipped() == previous.skipped() && match.last() - match.first() > previous.last() - previous.first())) {
			best.put(key, match);
		}
	}

	/** The noun a noun pattern names: its last word, or its first when it has a gap. */
	private static int headOf(Pattern pattern, List<Token> tokens, int first, int last) {
		return pattern.elements().contains(new Gap()) ? first : last;
	}

	/** The elements after the verb and its gap, found before the verb: "curbs (were) lifted". */
	private static java.util.Optional<Match> passive(Pattern pattern, List<Token> tokens, int verb) {
		List<Element> rest = pattern.elements().subList(2, pattern.elements().size());
		for (int start = verb - 1; start >= Math.max(0, verb - GAP); start--) {
			// "GSOMIA, inked in November 2016, …": a participle set off after its noun is a passive too
			if (start == verb - 1 && tokens.get(start).is(",") && tokens.get(verb).lower().endsWith("ed")) {
				continue;
			}
			if (GAP_STOPS.contains(tokens.get(start).lower())) {
				break;
			}
			int[] end = match(rest, 0, tokens, start, 0);
			if (end != null && end[0] < verb && verb - end[0] <= 4) {
				return java.util.Optional.of(new Match(pattern, start, verb, verb, true, verb - end[0] - 1));
			}
		}
		return java.util.Optional.empty();
	}

	/** Matches elements from {@code k} at token {@code at}: the last token and the words skipped, or null. */
	private static int[] match(List<Element> elements, int k, List<Token> tokens, int at, int skipped) {
		if (k == elements.size()) {
			return new int[] { at - 1, skipped };
		}
		Element element = elements.get(k);
		// quotation marks around a phrase do not interrupt a pattern: taken off the “white list”
		if (k > 0 && !(element instanceof Gap) && at < tokens.size() && isQuote(tokens.get(at).lower())) {
			return match(elements, k, tokens, at + 1, skipped);
		}
		switch (element) {
			case Word word -> {
				if (at < tokens.size() && word.forms().contains(tokens.get(at).lower())) {
					return match(elements, k + 1, tokens, at + 1, skipped);
				}
				return null;
			}
			case Phrase phrase -> {
				int[] best = null;
				for (List<Set<String>> alternative : phrase.alternatives()) {
					if (matches(alternative, tokens, at)) {
						int[] end = match(elements, k + 1, tokens, at + alternative.size(), skipped);
						if (end != null && (best == null || end[0] > best[0])) {
							best = end;
						}
					}
				}
				return best;
			}
			case Gap gap -> {
				for (int g = 0; g <= GAP && at + g <= tokens.size(); g++) {
					String crossed = (g > 0) ? tokens.get(at + g - 1).lower() : null;
					if (crossed != null && GAP_STOPS.contains(crossed) && !(isQuote(crossed) && g < GAP)) {
						return null;
					}
					int[] end = match(elements, k + 1, tokens, at + g, skipped + g);
					if (end != null) {
						return end;
					}
				}
				return null;
			}
		}
	}

	private static boolean isQuote(String lower) {
		return lower.equals("\u201c") || lower.equals("\u201d") || lower.equals("\"");
	}

	private static boolean matches(List<Set<String>> words, List<Token> tokens, int at) {
		if (at + words.size() > tokens.size()) {
			return false;
		}
		for (int i = 0; i < words.size(); i++) {
			if (!words.get(i).contains(tokens.get(at + i).lower())) {
				return false;
			}
		}
		return true;
	}

	/** A match standing for an event of {@code type} named by an echo ("followed suit") at tokens first..last. */
	Match echo(String type, int first, int last) {
		Entry entry = entries.stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow();
		return new Match(new Pattern(entry, true, "(echo)", List.of(), Set.of()), first, last, first, false, 0);
	}

	/** Whether a noun match names its head in the plural ("missile tests" for the pattern "missile test"). */
	boolean isPluralNoun(Match match, List<Token> tokens) {
		if (match.pattern().verb()) {
			return false;
		}
		String word = tokens.get(match.head()).lower();
		return word.endsWith("s") && !match.pattern().headWord().equals(word);
	}

}
