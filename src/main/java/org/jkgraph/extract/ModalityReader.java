package org.jkgraph.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what a sentence asserts about a trigger from the words before it in its clause (cues.yaml): "did not
 * apologise" is negated, "expected to revive" speculative, "continues to fire" habitual, "will remove" future, "are
 * improving" ongoing; a noun's own modifiers count too ("a planned visit", "no apology"). Triggers inside quotation
 * marks are opinions, not reports.
 */
final class ModalityReader {

	/** How far back cues reach; negation must sit closer to the trigger. */
	private static final int WINDOW = 10;

	private static final int NEGATION_WINDOW = 4;

	private static final Set<String> STOPS = Set.of(";", ":", "\u2014", "(", ")", "while", "whereas", "but");

	private static final Set<String> BE = Set.of("is", "are", "am", "was", "were", "been");

	private static final List<Modality> STRONGEST_FIRST = List.of(Modality.NEGATED, Modality.SPECULATIVE,
			Modality.HABITUAL, Modality.FUTURE);

	/**
	 * How many words a one-word cue ("will", "may", "considering") may stand before its trigger: such cues govern the
	 * verb they precede, not a later one ("could not wait … and urged Moon"). Phrases ending in "to" ("expected to",
	 * "plans to") and the clause-wide cues of cues.yaml reach through the whole clause.
	 */
	private static final int REACH = 4;

	/** Quotations this long or shorter are quoted phrases ("white list", "sincere regret"), not someone's statement. */
	private static final int PHRASE_QUOTE = 6;

	private final Cues cues;

	ModalityReader(Cues cues) {
		this.cues = cues;
	}

	Modality of(List<Token> tokens, TriggerLexicon.Match match, boolean[] quoted) {
		if (quoted[match.head()]) {
			return Modality.QUOTED;
		}
		int start = match.first();
		int clauseStart = start;
		while (clauseStart > 0 && start - clauseStart < WINDOW && !STOPS.contains(tokens.get(clauseStart - 1).lower())) {
			clauseStart--;
		}
		Token head = tokens.get(match.head());
		if (match.pattern().verb() && head.lower().endsWith("ing")) {
			for (int k = clauseStart; k < start; k++) {
				if (BE.contains(tokens.get(k).lower()) && start - k <= 6) {
					return Modality.ONGOING;
				}
			}
		}
		if (!match.pattern().verb()) {
			for (int k = Math.max(clauseStart, start - 3); k < start; k++) {
				for (Map.Entry<Modality, Set<String>> entry : cues.nounModality().entrySet()) {
					if (entry.getValue().contains(tokens.get(k).lower())
							&& (entry.getKey() != Modality.MENTIONED || determinesTrigger(tokens, k, start))) {
						return entry.getKey();
					}
				}
			}
		}
		for (Modality modality : STRONGEST_FIRST) {
			int from = (modality == Modality.NEGATED) ? Math.max(clauseStart, start - NEGATION_WINDOW) : clauseStart;
			for (List<String> cue : cues.modality().getOrDefault(modality, List.of())) {
				boolean shortReach = modality != Modality.NEGATED && cue.size() == 1 && !cues.clauseWide().contains(cue.getFirst());
				if (occurs(tokens, cue, shortReach ? Math.max(from, start - REACH - 1) : from, start)) {
					return modality;
				}
			}
		}
		return Modality.ASSERTED;
	}

	/** "this bilateral summit", not "said that the summit": only words, no other determiner, up to the trigger. */
	private static boolean determinesTrigger(List<Token> tokens, int demonstrative, int start) {
		for (int k = demonstrative + 1; k < start; k++) {
			String word = tokens.get(k).lower();
			if (!tokens.get(k).isWord() || word.equals("the") || word.equals("a") || word.equals("an")) {
				return false;
			}
		}
		return true;
	}

	private static boolean occurs(List<Token> tokens, List<String> cue, int from, int to) {
		for (int k = from; k + cue.size() <= to; k++) {
			boolean all = true;
			for (int c = 0; c < cue.size() && all; c++) {
				all = tokens.get(k + c).lower().equals(cue.get(c));
			}
			if (all) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Which tokens sit inside a quoted statement (curly or straight quotation marks around more than a short phrase).
	 * A quoted phrase ("offered his “sincere apology”") reports the act in the text's own voice.
	 */
	static boolean[] quoted(List<Token> tokens) {
		boolean[] quoted = new boolean[tokens.size()];
		int opened = -1;
		for (int k = 0; k < tokens.size(); k++) {
			String text = tokens.get(k).text();
			boolean opens = text.equals("\u201c") || text.equals("\"") && opened < 0;
			boolean closes = text.equals("\u201d") || text.equals("\"") && opened >= 0;
			if (closes && opened >= 0) {
				if (k - opened - 1 > PHRASE_QUOTE) {
					java.util.Arrays.fill(quoted, opened + 1, k, true);
				}
				opened = -1;
			}
			else if (opens) {
				opened = k;
			}
		}
		if (opened >= 0 && tokens.size() - opened - 1 > PHRASE_QUOTE) {
			java.util.Arrays.fill(quoted, opened + 1, tokens.size(), true);
		}
		return quoted;
	}

	static boolean isQuoteMark(Token token) {
		String text = token.text();
		return text.equals("\u201c") || text.equals("\u201d") || text.equals("\"");
	}

}
