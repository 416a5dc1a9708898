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

	private static final Set<String> BE = Set.of("is", "are", "am", "was", "were");

	private static final List<Modality> STRONGEST_FIRST = List.of(Modality.NEGATED, Modality.SPECULATIVE,
			Modality.HABITUAL, Modality.FUTURE);

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
					if (entry.getValue().contains(tokens.get(k).lower())) {
						return entry.getKey();
					}
				}
			}
		}
		for (Modality modality : STRONGEST_FIRST) {
			int from = (modality == Modality.NEGATED) ? Math.max(clauseStart, start - NEGATION_WINDOW) : clauseStart;
			for (List<String> cue : cues.modality().getOrDefault(modality, List.of())) {
				if (occurs(tokens, cue, from, start)) {
					return modality;
				}
			}
		}
		return Modality.ASSERTED;
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

	/** Which tokens sit inside quotation marks (curly or straight). */
	static boolean[] quoted(List<Token> tokens) {
		boolean[] quoted = new boolean[tokens.size()];
		boolean inside = false;
		for (int k = 0; k < tokens.size(); k++) {
			String text = tokens.get(k).text();
			if (text.equals("\u201c")) {
				inside = true;
			}
			else if (text.equals("\u201d")) {
				inside = false;
			}
			else if (text.equals("\"")) {
				inside = !inside;
			}
			else {
				quoted[k] = inside;
			}
		}
		return quoted;
	}

}
