package org.jkgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;

/**
 * Triggers the lexicon does not list, found through WordNet: a verb whose most frequent senses are an anchor's sense
 * ({@code senses:} in triggers.yaml, "criticize#1"), one of its near synonyms (WordNet's verb group) or a hyponym a few
 * levels below it ("castigate", "upbraid" under "criticize") reports an event of the anchor's type; so does a noun
 * WordNet derives from such a verb ("reproach", "upbraiding"). The roles are the anchor entry's (subject, object,
 * possessor and its prepositions), the confidence lower than a listed pattern's.
 *
 * <p>Sense ambiguity is the risk, so a text word counts only when one of its first {@code senses} senses (WordNet orders
 * them by frequency) lies in an anchor's tree: "attack" is first a military act, not the verbal one under "criticize",
 * and triggers nothing. An anchor whose tree within {@code depth} holds more than {@code largest} synsets is too general
 * to stand for one event type and is left out ({@link #excluded}). A word the lexicon lists keeps the lexicon's
 * readings, and one that two types would claim at the same distance triggers neither.
 *
 * <p>Everything is worked out once, when the extractor is built: matching a sentence is a map look-up per word tagged
 * as a verb or noun, with no call into WordNet.
 */
final class SemanticTriggers {

	/** How far the triggers reach, from triggers.yaml's {@code wordnet:} (the defaults are the measured choice). */
	record Settings(boolean enabled, int depth, int senses, double confidence, int largest, int nounDepth, int nounSenses) {

		static Settings of(Map<String, Object> fields) {
			return new Settings(!Boolean.FALSE.equals(fields.get("enabled")), number(fields, "depth", 2).intValue(),
					number(fields, "senses", 2).intValue(), number(fields, "confidence", 0.85).doubleValue(),
					number(fields, "largest", 25).intValue(), number(fields, "nounDepth", 0).intValue(),
					number(fields, "nounSenses", 1).intValue());
		}

		private static Number number(Map<String, Object> fields, String name, Number otherwise) {
			return (fields.get(name) instanceof Number n) ? n : otherwise;
		}

	}

	/** What a word found through WordNet triggers: the anchor's entry (confidence lowered) and how it was reached. */
	record Trigger(TriggerLexicon.Entry entry, String lemma, boolean verb, String anchor, int depth) {
	}

	/** Noun senses that name an act or a statement ("condemnation"), not the one who acts ("critic"). */
	private static final Set<String> EVENT_NOUNS = Set.of("noun.act", "noun.communication", "noun.event");

	private final Map<String, Trigger> verbForms = new HashMap<>();

	private final Map<String, Trigger> nounForms = new HashMap<>();

	private final Map<String, TriggerLexicon.Pattern> patterns = new HashMap<>();

	private final List<String> excluded = new ArrayList<>();

	private final Map<String, Integer> sizes = new LinkedHashMap<>();

	private final Map<String, Trigger> verbs = new LinkedHashMap<>();

	private final Map<String, Trigger> nouns = new LinkedHashMap<>();

	private SemanticTriggers() {
	}

	/** No semantic triggers at all (the ablation, and lexicons that name no senses). */
	static SemanticTriggers none() {
		return new SemanticTriggers();
	}

	static SemanticTriggers of(TriggerLexicon lexicon, WordNet wordNet) {
		SemanticTriggers triggers = new SemanticTriggers();
		Settings settings = Settings.of(lexicon.wordnetSettings());
		if (!settings.enabled()) {
			return triggers;
		}
		// each synset reached, with the anchor entries reaching it and how far below their anchor
		Map<Synset, Reach> verbSynsets = new LinkedHashMap<>();
		Map<Synset, Reach> nounSynsets = new LinkedHashMap<>();
		Map<TriggerLexicon.Entry, TriggerLexicon.Entry> lowered = new HashMap<>();
		List<String> problems = new ArrayList<>();
		for (TriggerLexicon.Anchor anchor : lexicon.anchors()) {
			List<Synset> senses = wordNet.senses(POS.VERB, anchor.lemma());
			if (anchor.sense() > senses.size()) {
				problems.add(anchor.lemma() + "#" + anchor.sense() + " (" + anchor.entry().type() + "): WordNet has "
						+ senses.size() + " verb senses of '" + anchor.lemma() + "'");
				continue;
			}
			Synset sense = senses.get(anchor.sense() - 1);
			Map<Synset, Integer> tree = new LinkedHashMap<>();
			collect(sense, 0, settings.depth(), tree);
			// near synonyms: the verb group WordNet puts the sense in ("reject" → "turn down"), one step away
			for (Synset near : targets(sense, PointerType.VERB_GROUP)) {
				tree.putIfAbsent(near, 1);
			}
			String name = anchor.lemma() + "#" + anchor.sense();
			triggers.sizes.put(name + " (" + anchor.entry().type() + ")", tree.size());
			if (tree.size() > settings.largest()) {
				triggers.excluded.add(name + " (" + anchor.entry().type() + "): " + tree.size() + " synsets within depth "
						+ settings.depth());
				continue;
			}
			TriggerLexicon.Entry entry = lowered.computeIfAbsent(anchor.entry(), e -> new TriggerLexicon.Entry(e.type(),
					e.roles(), e.confidence() * settings.confidence(), e.priority(), e.upgrade(), false, e.requires()));
			tree.forEach((synset, depth) -> {
				verbSynsets.computeIfAbsent(synset, k -> new Reach()).add(entry, name, depth);
				for (Word word : (depth <= settings.nounDepth()) ? synset.getWords() : List.<Word>of()) {
					for (Pointer pointer : pointers(word, PointerType.DERIVATION)) {
						Synset noun = targetSynset(pointer);
						if (noun.getPOS() == POS.NOUN && EVENT_NOUNS.contains(noun.getLexFileName())
								&& formedFrom(targetWord(pointer), word.getLemma())) {
							nounSynsets.computeIfAbsent(noun, k -> new Reach()).add(entry, name, depth);
						}
					}
				}
			});
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Invalid senses in seeds/lexicon/triggers.yaml:\n" + String.join("\n", problems));
		}
		triggers.admit(POS.VERB, verbSynsets, settings, lexicon, wordNet, triggers.verbs);
		triggers.admit(POS.NOUN, nounSynsets, settings, lexicon, wordNet, triggers.nouns);
		triggers.verbs.forEach((lemma, trigger) -> {
			List<String> irregular = wordNet.irregularForms(POS.VERB, lemma);
			Inflections.verb(lemma, irregular).forEach(form -> triggers.verbForms.putIfAbsent(form, trigger));
			triggers.patterns.put("v:" + lemma, new TriggerLexicon.Pattern(trigger.entry(), true, lemma,
					List.of(new TriggerLexicon.Word(Inflections.verb(lemma, irregular))), Inflections.participles(lemma, irregular)));
		});
		triggers.nouns.forEach((lemma, trigger) -> {
			Set<String> forms = new LinkedHashSet<>(Inflections.noun(lemma));
			forms.addAll(wordNet.irregularForms(POS.NOUN, lemma));
			forms.forEach(form -> triggers.nounForms.putIfAbsent(form, trigger));
			triggers.patterns.put("n:" + lemma, new TriggerLexicon.Pattern(trigger.entry(), false, lemma,
					List.of(new TriggerLexicon.Word(forms)), Set.of()));
		});
		return triggers;
	}

	/** The entries reaching one synset, at the least depth any of them does. */
	private static final class Reach {

		final Map<String, TriggerLexicon.Entry> byType = new LinkedHashMap<>();

		final Map<String, String> anchorOf = new HashMap<>();

		int depth = Integer.MAX_VALUE;

		void add(TriggerLexicon.Entry entry, String anchor, int at) {
			if (at < depth) {
				byType.clear();
				depth = at;
			}
			if (at == depth) {
				byType.putIfAbsent(entry.type(), entry);
				anchorOf.putIfAbsent(entry.type(), anchor);
			}
		}

	}

	/**
	 * Every single word of the synsets reached whose own first senses lie among them, with the type reached at the
	 * least depth; a word the lexicon lists, or one two types claim at that depth, is left to the lexicon.
	 */
	private void admit(POS pos, Map<Synset, Reach> reached, Settings settings, TriggerLexicon lexicon, WordNet wordNet,
			Map<String, Trigger> into) {
		Set<String> lemmas = new LinkedHashSet<>();
		reached.keySet().forEach(synset -> synset.getWords().forEach(word -> lemmas.add(word.getLemma())));
		for (String lemma : lemmas) {
			if (!lemma.matches("[a-z][a-z-]+") || lexicon.lists(lemma)) {
				continue;
			}
			List<Synset> senses = wordNet.senses(pos, lemma);
			Reach best = null;
			int first = (pos == POS.VERB) ? settings.senses() : settings.nounSenses();
			for (Synset sense : senses.subList(0, Math.min(first, senses.size()))) {
				Reach reach = reached.get(sense);
				if (reach != null && (best == null || reach.depth < best.depth)) {
					best = reach;
				}
			}
			if (best != null && best.byType.size() == 1) {
				String type = best.byType.keySet().iterator().next();
				into.put(lemma, new Trigger(best.byType.get(type), lemma, pos == POS.VERB, best.anchorOf.get(type), best.depth));
			}
		}
	}

	private static void collect(Synset synset, int depth, int limit, Map<Synset, Integer> tree) {
		Integer seen = tree.get(synset);
		if (seen != null && seen <= depth) {
			return;
		}
		tree.put(synset, depth);
		if (depth < limit) {
			for (Synset hyponym : targets(synset, PointerType.HYPONYM)) {
				collect(hyponym, depth + 1, limit, tree);
			}
		}
	}

	private static List<Synset> targets(Synset synset, PointerType type) {
		List<Synset> targets = new ArrayList<>();
		for (Pointer pointer : synset.getPointers(type)) {
			targets.add(targetSynset(pointer));
		}
		return targets;
	}

	private static List<Pointer> pointers(Word word, PointerType type) {
		return word.getPointers(type);
	}

	/**
	 * Whether a derived noun is the verb with a suffix ("condemnation" from "condemn", "reproach" from "reproach"):
	 * WordNet's derivation links also join words merely related in meaning ("crime" and "criminate").
	 */
	private static boolean formedFrom(String noun, String verb) {
		String stem = verb.substring(0, Math.max(3, verb.length() - 3));
		return noun != null && noun.startsWith(stem);
	}

	private static String targetWord(Pointer pointer) {
		try {
			return (pointer.getTarget() instanceof Word word) ? word.getLemma() : null;
		}
		catch (JWNLException ex) {
			throw new IllegalStateException("Cannot follow a WordNet pointer", ex);
		}
	}

	private static Synset targetSynset(Pointer pointer) {
		try {
			return pointer.getTargetSynset();
		}
		catch (JWNLException ex) {
			throw new IllegalStateException("Cannot follow a WordNet pointer", ex);
		}
	}

	/** Anchors left out as too general, with the size of their tree (docs/extraction.md lists them). */
	List<String> excluded() {
		return List.copyOf(excluded);
	}

	/** Each anchor's tree size: the synsets within depth, near synonyms included. */
	Map<String, Integer> sizes() {
		return java.util.Collections.unmodifiableMap(sizes);
	}

	/** The verbs WordNet adds, each with the anchor it was reached from. */
	Map<String, Trigger> verbs() {
		return Map.copyOf(verbs);
	}

	Map<String, Trigger> nouns() {
		return Map.copyOf(nouns);
	}

	/** Whether a word may be a semantic trigger: the cheap test that decides whether a sentence needs a closer look. */
	boolean mayStartAt(String lower) {
		return verbForms.containsKey(lower) || nounForms.containsKey(lower);
	}

	/**
	 * The semantic triggers of a tagged sentence: a word tagged VERB (or NOUN) of a form reached, outside every listed
	 * match. A participle after a form of "be" is passive ("was upbraided by Seoul"): its subject is the target.
	 */
	List<TriggerLexicon.Match> find(List<Token> tokens, String[] tags, List<TriggerLexicon.Match> listed) {
		if (tags == null || (verbForms.isEmpty() && nounForms.isEmpty())) {
			return List.of();
		}
		List<TriggerLexicon.Match> found = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			String lower = tokens.get(i).lower();
			Trigger trigger = "VERB".equals(tags[i]) ? verbForms.get(lower) : "NOUN".equals(tags[i]) ? nounForms.get(lower) : null;
			if (trigger == null) {
				continue;
			}
			// a noun before another noun modifies it ("opposition party", "protest group"): it names no event
			boolean modifier = !trigger.verb() && i + 1 < tokens.size()
					&& ("NOUN".equals(tags[i + 1]) || "PROPN".equals(tags[i + 1]));
			if (modifier || covered(listed, i)) {
				continue;
			}
			TriggerLexicon.Pattern pattern = patterns.get((trigger.verb() ? "v:" : "n:") + trigger.lemma());
			boolean passive = trigger.verb() && pattern.participles().contains(lower) && afterBe(tokens, i);
			found.add(new TriggerLexicon.Match(pattern, i, i, i, passive, 0));
		}
		return found;
	}

	private static boolean covered(List<TriggerLexicon.Match> listed, int at) {
		return listed.stream().anyMatch(match -> match.first() <= at && at <= match.last());
	}

	private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "'s");

	private static boolean afterBe(List<Token> tokens, int at) {
		for (int k = at - 1; k >= Math.max(0, at - 3); k--) {
			String word = tokens.get(k).lower();
			if (BE.contains(word)) {
				return true;
			}
			if (!word.endsWith("ly") && !word.equals("not") && !word.equals("also")) {
				return false;
			}
		}
		return false;
	}

}
