package org.jkgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An evaluation voiced with a copula and reported by a speech verb: "Japan's plan … was a very grave matter …, the
 * industry ministry said", "Tokyo's decision is regrettable, said Seoul", "Seoul said that Japan's move was
 * unjustified". No verb of criticism or praise is used; the predicate's polarity (an adjective of the lexicon's
 * {@code <negative>} or {@code <positive>} class, {@link EvaluativeWords}) says which it is. The speaker (the speech
 * verb's subject, or the actor right after "said") is the initiator; the actor owning the act evaluated (a possessive
 * before its noun: "Japan's plan") is the target.
 *
 * <p>What is not an evaluation reported: a conditional or modal predicate ("would be regrettable", "could be
 * unacceptable"), a negated one ("was not acceptable" is neither class, "was not unjustified" is left out), a
 * question, an act nobody owns ("the situation was grave") and a sentence with no speaker. A quoted statement of the
 * speaker's own is left to the modality reading, as every trigger inside one is.
 */
final class ReportedEvaluation {

	/** How often such a sentence reports a real criticism or praise (below a listed verb's 0.65: it is a reading). */
	static final double CONFIDENCE = 0.6;

	private static final Set<String> BE = Set.of("is", "was", "are", "were");

	private static final Set<String> MODALS = Set.of("would", "could", "will", "may", "might", "should", "can",
			"must", "not", "never", "n't");

	private static final Set<String> SPEECH = Set.of("said", "says", "say", "stated", "states", "added", "adds",
			"told", "tells", "noted", "notes", "declared", "declares");

	private static final Set<String> CLAUSE_STOPS = Set.of(",", ";", ":", "\u2014", "that", "but", "while", "if",
			"whether", "and", "because", "\u201c", "\u201d", "\"");

	/** A reading found: the noun of the act evaluated (the match's head) and where the speech verb is. */
	record Found(TriggerLexicon.Match match, int speech, boolean speakerAfter) {
	}

	private final Set<String> negative;

	private final Set<String> positive;

	private final TriggerLexicon.Pattern criticism;

	private final TriggerLexicon.Pattern praise;

	ReportedEvaluation(Map<String, List<String>> classes) {
		this.negative = Set.copyOf(classes.getOrDefault("negative", List.of()));
		this.positive = Set.copyOf(classes.getOrDefault("positive", List.of()));
		this.criticism = pattern("criticism");
		this.praise = pattern("praise");
	}

	private static TriggerLexicon.Pattern pattern(String type) {
		TriggerLexicon.Entry entry = new TriggerLexicon.Entry(type, Map.of("possessor", "target"), CONFIDENCE, 0, null,
				false, List.of());
		return new TriggerLexicon.Pattern(entry, false, "(reported evaluation)", List.of(), Set.of());
	}

	/** The reported evaluations of a tagged sentence (none without tags: no actor, no reading). */
	List<Found> find(List<Token> tokens, String[] tags, RoleAssigner.View view) {
		if (tags == null || negative.isEmpty() && positive.isEmpty() || tokens.getLast().is("?")) {
			return List.of();
		}
		List<Found> found = new ArrayList<>();
		for (int be = 1; be < tokens.size() - 1; be++) {
			if (!BE.contains(tokens.get(be).lower()) || MODALS.contains(tokens.get(be - 1).lower())) {
				continue;
			}
			int evaluation = predicate(tokens, tags, be + 1);
			if (evaluation < 0) {
				continue;
			}
			TriggerLexicon.Pattern pattern = negative.contains(tokens.get(evaluation).lower()) ? criticism : praise;
			int start = clauseStart(tokens, be);
			int noun = ownedAct(tokens, tags, view, start, be);
			if (noun < 0) {
				continue;
			}
			int speech = speech(tokens, view, start, evaluation);
			if (speech == 0) {
				continue;
			}
			found.add(new Found(new TriggerLexicon.Match(pattern, noun, noun, noun, false, 0), Math.abs(speech) - 1,
					speech < 0));
		}
		return found;
	}

	/** Whether a word may be an evaluative predicate: the cheap test that decides whether a sentence needs a closer look. */
	boolean mayHold(String lower) {
		return negative.contains(lower) || positive.contains(lower);
	}

	/** The speakers of a reading: the actor right after "said", or the speech verb's subject. */
	List<String> speakers(Found found, RoleAssigner.View view, RoleAssigner roles, DiscourseMemory memory,
			java.time.LocalDate day) {
		if (found.speakerAfter()) {
			int at = found.speech() + 1;
			Mention mention = view.startingAt()[at] != null ? view.startingAt()[at]
					: at + 1 < view.tokens().size() ? view.startingAt()[at + 1] : null;
			return (mention == null) ? List.of() : roles.resolve(mention, day).stream().toList();
		}
		return roles.subjects(view, found.speech(), memory, day);
	}

	/** The evaluative adjective after a copula: "a very grave matter", "extremely regrettable"; -1 when none. */
	private int predicate(List<Token> tokens, String[] tags, int from) {
		for (int k = from; k < Math.min(tokens.size(), from + 4); k++) {
			String lower = tokens.get(k).lower();
			if (("ADJ".equals(tags[k]) || "VERB".equals(tags[k])) && (negative.contains(lower) || positive.contains(lower))) {
				return k;
			}
			if (MODALS.contains(lower) || !("ADV".equals(tags[k]) || "DET".equals(tags[k]))) {
				return -1;
			}
		}
		return -1;
	}

	/** Where the copula's clause starts: after the last clause boundary before it, or the sentence's start. */
	private static int clauseStart(List<Token> tokens, int be) {
		for (int k = be - 1; k >= 0; k--) {
			if (CLAUSE_STOPS.contains(tokens.get(k).lower())) {
				return k + 1;
			}
		}
		return 0;
	}

	/** The noun of an act an actor owns at the subject's start ("Japan's plan", "Tokyo's decision"); -1 when none. */
	private static int ownedAct(List<Token> tokens, String[] tags, RoleAssigner.View view, int start, int be) {
		for (int k = start; k + 2 < be + 1 && k < tokens.size() - 1; k++) {
			Mention mention = view.startingAt()[k];
			if (mention == null || !mention.isActor()) {
				continue;
			}
			int after = mention.last() + 1;
			if (after < be && tokens.get(after).is("'s")) {
				after++;
			}
			else if (!mention.possessive()) {
				return -1;
			}
			// the tagger reads "Japan's plan to …" as "Japan is planning" at times: after a possessive, a word is a noun
			return (after < be && tokens.get(after).isWord() && !"ADJ".equals(tags[after]) && !"ADV".equals(tags[after]))
					? after : -1;
		}
		return -1;
	}

	/**
	 * The speech verb reporting the clause, encoded as its index + 1 (negative when the speaker follows it: "said
	 * Seoul"): after the predicate past a comma ("…, the ministry said"; "…, said the ministry"), or before the
	 * clause with an actor as its subject ("Seoul said (that) …"); 0 when none.
	 */
	private static int speech(List<Token> tokens, RoleAssigner.View view, int start, int evaluation) {
		for (int k = evaluation + 1; k < tokens.size(); k++) {
			if (SPEECH.contains(tokens.get(k).lower()) && k > 0 && hasComma(tokens, evaluation, k)) {
				boolean speakerAfter = k + 1 < tokens.size() && (view.startingAt()[k + 1] != null && view.startingAt()[k + 1].isActor()
						|| k + 2 < tokens.size() && tokens.get(k + 1).is("the") && view.startingAt()[k + 2] != null);
				return speakerAfter ? -(k + 1) : k + 1;
			}
		}
		// "Seoul said (on Thursday) that …": the speech verb a few words before the clause, within the sentence's clause
		for (int k = start - 1; k >= 0 && k >= start - 6; k--) {
			if (SPEECH.contains(tokens.get(k).lower())) {
				return k + 1;
			}
			if (k < start - 1 && CLAUSE_STOPS.contains(tokens.get(k).lower())) {
				break;
			}
		}
		return 0;
	}

	private static boolean hasComma(List<Token> tokens, int from, int to) {
		for (int k = from + 1; k < to; k++) {
			if (tokens.get(k).is(",")) {
				return true;
			}
		}
		return false;
	}

}
