package org.jkgraph.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jkgraph.facts.Citation;

/**
 * Which readings may create a new event. A reading that matches a curated event supports it whatever its form; one
 * that matches none creates a new event only when its evidence is that of an act the text reports, not of an act it
 * names as the setting of its own news or of a standing it describes. A reading refused here may still support a
 * curated event (a mention); it creates nothing (docs/extraction.md, eighth round a: the table of right and wrong new
 * events on dev these conditions come from).
 */
final class NewEventPolicy {

	/**
	 * How a trigger stands in its sentence, read once when its candidate is made.
	 *
	 * @param nominal        whether the reading is a noun's: a noun trigger, a verb pattern whose first word the tagger
	 *                       reads as a noun ("a deal reached"), or a verb form right after a preposition ("in protest")
	 * @param frame          for a nominal reading, the preposition or copula that governs its noun phrase ("under",
	 *                       "since", "in", "be"), or null
	 * @param aspect         for a verb, its tense's aspect: simple, perfect ("has criticised") or a perfect of duration
	 *                       ("has long criticised", "have always opposed"): a stance held
	 * @param subordinate    whether the trigger lies in an adverbial clause ("after Japan lifted …", "since …")
	 * @param thingConsented a complement-taking pattern ending in "to" whose complement is a noun phrase, not a verb
	 *                       ("agreed to the listing"): consent to a thing, not the act the pattern reads
	 */
	record Grounds(boolean nominal, String frame, Aspect aspect, boolean subordinate, boolean thingConsented) {

		static final Grounds PLAIN = new Grounds(false, null, Aspect.SIMPLE, false, false);

	}

	enum Aspect {
		SIMPLE, PERFECT, PERFECT_OF_DURATION
	}

	/**
	 * Prepositions whose object is the setting of a sentence's news, not news: "under the 2015 agreement", "since the
	 * ruling", "amid the dispute", "despite the deal", "protests against the accord", "the anger over the ruling". A temporal "after", "during", "following" or "on" may name the day's own event ("after
	 * their meeting", "during a meeting held on Aug. 24") and is not here.
	 */
	private static final Set<String> SETTING_PREPOSITIONS = Set.of("under", "since", "amid", "amidst", "despite",
			"against", "over", "throughout");

	/** Copula forms: a noun trigger they govern is what someone is ("has been a vocal critic of"), not what they did. */
	private static final Set<String> COPULAS = Set.of("be", "is", "are", "was", "were", "been", "being", "remains",
			"remained", "became", "become", "becomes");

	private static final Set<String> PERFECT_AUXILIARIES = Set.of("has", "have", "had", "'ve", "'d");

	/** Adverbs that make a perfect a stance held over time rather than an act: "has long opposed". */
	private static final Set<String> DURATION_ADVERBS = Set.of("long", "always", "consistently", "persistently",
			"continually", "traditionally", "repeatedly");

	/** Tags that may stand inside a noun phrase before its head noun (UD: "the", "landmark", "2015", "Japan", "its"). */
	private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DET", "ADJ", "NUM", "PROPN", "NOUN", "PRON");

	/** Tags that open a noun phrase where a verb was expected ("agreed to the listing", "agreed to its inscription"). */
	private static final Set<String> NOUN_PHRASE_OPENERS = Set.of("DET", "NOUN", "PROPN", "PRON", "NUM");

	private NewEventPolicy() {
	}

	/** How the trigger {@code match} stands among {@code tokens}, with their parts of speech when the sentence has them. */
	static Grounds read(List<Token> tokens, String[] tags, TriggerLexicon.Match match) {
		int first = match.first();
		boolean nominal = !match.pattern().verb() || tags != null && "NOUN".equals(tags[first])
				|| first > 0 && tags != null && "ADP".equals(tags[first - 1]) && !tokens.get(first - 1).is("to");
		String frame = nominal ? governor(tokens, tags, first) : null;
		Aspect aspect = match.pattern().verb() ? aspect(tokens, first) : Aspect.SIMPLE;
		boolean subordinate = Extractor.subordinateClauses(tokens)[match.head()] != 0;
		boolean thing = tags != null && match.entry().composes() && tokens.get(match.last()).is("to")
				&& match.last() + 1 < tokens.size() && NOUN_PHRASE_OPENERS.contains(tags[match.last() + 1]);
		return new Grounds(nominal, frame, aspect, subordinate, thing);
	}

	/**
	 * Why the group may not create a new event, or empty when it may. The group's best-dated reading is judged: a new
	 * event takes its type and date from that reading, so it is the one that must report an act; the others only add
	 * support. A reading without grounds (an echo: "followed suit") stands.
	 *
	 * @param analysis whether the best reading's document is an analysis piece, which looks back over years
	 */
	static Optional<String> refusal(EventMerger.Group group, Map<Citation, Grounds> grounds, boolean analysis) {
		Candidate best = group.best();
		Grounds read = grounds.getOrDefault(best.citation(), Grounds.PLAIN);
		// an analysis's undated event may lie anywhere in the years it looks back on: its publication year is enough
		// to support a curated event, not to create one
		if (analysis && best.dateSource() == Candidate.DateSource.PUBLICATION) {
			return Optional.of("undated background");
		}
		// "under a landmark deal reached in December", "since the ruling": the act is the setting the sentence's own
		// news happens in, named because it is known, and mostly an older act than the news
		if (read.frame() != null && SETTING_PREPOSITIONS.contains(read.frame())) {
			return Optional.of("background: setting '" + read.frame() + "'");
		}
		// "in a phone call on Monday" names an occasion, which its own date makes an act; "rose up in protest",
		// "insufficient to result in a summit" name a purpose or a result, which no date of theirs places
		if ("in".equals(read.frame()) && best.dateSource() != Candidate.DateSource.SENTENCE) {
			return Optional.of("background: undated 'in' phrase");
		}
		// "has long criticised Japan": a perfect of duration is a stance held over years, dated by nothing
		if (read.aspect() == Aspect.PERFECT_OF_DURATION) {
			return Optional.of("background: perfect of duration");
		}
		// "after Japan's defence minister offered prayers": an adverbial clause places the main clause's news after or
		// because of an earlier act; when neither the sentence, the paragraph nor the story's day dates that act,
		// nothing says when it happened
		if (read.subordinate() && best.dateSource() == Candidate.DateSource.PUBLICATION) {
			return Optional.of("background: undated adverbial clause");
		}
		// "agreed to the listing": consent to a thing that exists is not the pledge to act the pattern reads
		if (read.thingConsented()) {
			return Optional.of("consent to a thing, not an act");
		}
		return Optional.empty();
	}

	/** The preposition (or "be" for a copula) left of the noun phrase that a trigger at {@code first} heads, or null. */
	static String governor(List<Token> tokens, String[] tags, int first) {
		int k = first - 1;
		while (k >= 0 && inNounPhrase(tokens, tags, k)) {
			k--;
		}
		if (k < 0) {
			return null;
		}
		String word = tokens.get(k).lower();
		if (COPULAS.contains(word)) {
			return "be";
		}
		boolean adposition = tags != null && ("ADP".equals(tags[k]) || "SCONJ".equals(tags[k]));
		return adposition ? word : null;
	}

	private static boolean inNounPhrase(List<Token> tokens, String[] tags, int k) {
		Token token = tokens.get(k);
		if (token.is("-") || token.is("'s") || token.is("’s")) {
			return true;
		}
		if (!token.isWord()) {
			return !token.text().isEmpty() && token.text().chars().allMatch(Character::isDigit);
		}
		return tags != null && NOUN_PHRASE_TAGS.contains(tags[k]) && !COPULAS.contains(token.lower());
	}

	/** "has criticised" is a perfect; "has long criticised", "have always opposed" a perfect of duration. */
	private static Aspect aspect(List<Token> tokens, int verb) {
		boolean duration = false;
		for (int k = verb - 1; k >= 0 && k >= verb - 4; k--) {
			String word = tokens.get(k).lower();
			if (PERFECT_AUXILIARIES.contains(word)) {
				return duration ? Aspect.PERFECT_OF_DURATION : Aspect.PERFECT;
			}
			if (!tokens.get(k).isWord() || !word.endsWith("ly") && !DURATION_ADVERBS.contains(word)
					&& !word.equals("also") && !word.equals("not") && !word.equals("been")) {
				return Aspect.SIMPLE;
			}
			duration |= DURATION_ADVERBS.contains(word);
		}
		return Aspect.SIMPLE;
	}

}
