package org.jkgraph.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.jkgraph.model.MeasureChangeKind;

/**
 * Reads what a measure's own predicate says happened to it ({@code lifecycle} in {@code seeds/lexicon/measures.yaml}):
 * "the curbs took effect on July 4", "the system became operational Tuesday", "the pact was scrapped", "the expiry of
 * the swap", "agreed to continue their shuttle diplomacy". The measure is named by a cue, by other words that name
 * one curated measure ({@link MeasureLexicon#paraphrased}) or by a noun that refers back ("the system"); it is the
 * predicate's subject (left of it in its clause) or its object (right after it). Each reading carries the time
 * expression of the predicate's own clause, when there is one: the day the change took effect.
 */
final class MeasureLifecycle {

	/** The change a predicate says nothing of: the measure goes on as it was. */
	static final String NONE = "none";

	private static final String IN_FORCE = "in_force";

	/** How far left of a predicate its subject may begin, and how far right of it a date or an object may. */
	private static final int SUBJECT_REACH = 14;

	private static final int OBJECT_REACH = 4;

	private static final int DATE_REACH = 6;

	private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being");

	/** Words that end a clause: a subject lies after the last of them, a date of the predicate before the next. */
	private static final Set<String> CLAUSE_STOPS = Set.of(",", ";", ":", "(", ")", "\u2014", "\u2013", "which", "who",
			"that", "while", "whereas", "but", "because", "although", "after", "before", "since", "when", "until",
			"following", "as", "if", "unless", "and", "said", "says");

	/**
	 * A predicate's change to a measure found in a sentence: the measure, the change ({@link #NONE} for none), whether
	 * the predicate is a passive ("was scrapped": its head is the participle at {@code last}), and whether a cue of the
	 * measure named it (rather than other words or a noun referring back).
	 */
	record Reading(String measure, String change, int first, int last, boolean verb, boolean passive,
			TimeExpression time, boolean cued) {
	}

	/** The measure a predicate's subject or object names, and whether by a cue. */
	private record Named(String measure, boolean cued) {
	}

	private enum Position {
		SUBJECT, OBJECT
	}

	private record Predicate(List<Set<String>> words, String change, Position position, boolean verb) {
	}

	private final List<Predicate> predicates = new ArrayList<>();

	private final Map<String, String> inForce = new HashMap<>();

	private final MeasureLexicon measures;

	/**
	 * @param irregular irregular forms of a verb lemma (WordNet's: "took", "taken", "came", "became")
	 */
	MeasureLifecycle(Path seeds, MeasureLexicon measures, Function<String, List<String>> irregular) {
		this.measures = measures;
		Map<String, Object> lifecycle = LexiconFiles.map(LexiconFiles.read(seeds, "measures.yaml").get("lifecycle"));
		List<String> problems = new ArrayList<>();
		LexiconFiles.map(lifecycle.get("inForce")).forEach((kind, change) -> inForce.put(kind, String.valueOf(change)));
		inForce.values().forEach(change -> check(change, "inForce", problems));
		LexiconFiles.map(lifecycle.get("subject")).forEach((phrase, change) -> {
			List<String> words = LexiconFiles.words(phrase);
			List<Set<String>> forms = new ArrayList<>();
			forms.add(Inflections.verb(words.getFirst(), irregular.apply(words.getFirst())));
			words.stream().skip(1).forEach(word -> forms.add(Set.of(word)));
			add(new Predicate(forms, String.valueOf(change), Position.SUBJECT, true), "subject", problems);
		});
		LexiconFiles.map(lifecycle.get("passive")).forEach((phrase, change) -> {
			List<String> words = LexiconFiles.words(phrase);
			// the lemma too: a participle like the lemma ("set up", "put off") is no exception WordNet lists
			Set<String> participles = new java.util.LinkedHashSet<>(
					Inflections.participles(words.getFirst(), irregular.apply(words.getFirst())));
			participles.add(words.getFirst());
			List<Set<String>> forms = new ArrayList<>(List.of(BE, participles));
			words.stream().skip(1).forEach(word -> forms.add(Set.of(word)));
			add(new Predicate(forms, String.valueOf(change), Position.SUBJECT, true), "passive", problems);
		});
		LexiconFiles.map(lifecycle.get("object")).forEach((verb, change) -> add(new Predicate(
				List.of(Inflections.verb(verb, irregular.apply(verb))), String.valueOf(change), Position.OBJECT, true),
				"object", problems));
		LexiconFiles.map(lifecycle.get("nouns")).forEach((noun, change) -> add(new Predicate(
				List.of(Inflections.noun(noun), Set.of("of")), String.valueOf(change), Position.OBJECT, false), "nouns",
				problems));
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Invalid seeds/lexicon/measures.yaml:\n" + String.join("\n", problems));
		}
	}

	private void add(Predicate predicate, String section, List<String> problems) {
		check(predicate.change(), "lifecycle." + section, problems);
		predicates.add(predicate);
	}

	private static void check(String change, String where, List<String> problems) {
		if (!change.equals(NONE) && !change.equals(IN_FORCE) && MeasureChangeKind.byId(change).isEmpty()) {
			problems.add(where + ": unknown change '" + change + "'");
		}
	}

	/**
	 * The lifecycle predicates of a sentence and the curated measures they change.
	 *
	 * @param times the sentence's time expressions
	 * @param recent the measures the document named before, latest first (for "the system")
	 */
	List<Reading> read(List<Token> tokens, List<TimeExpression> times, List<String> recent) {
		List<Reading> readings = new ArrayList<>();
		List<MeasureLexicon.Cue> cues = measures.cuesIn(tokens);
		for (int k = 0; k < tokens.size(); k++) {
			for (Predicate predicate : predicates) {
				int last = matchAt(tokens, k, predicate);
				if (last < 0) {
					continue;
				}
				Optional<Named> measure = predicate.position() == Position.SUBJECT
						? subject(tokens, k, cues, recent, inTime(times)) : object(tokens, last, cues, recent);
				int at = k;
				measure.flatMap(named -> change(predicate.change(), named.measure()))
					.ifPresent(change -> readings.add(new Reading(measure.get().measure(), change, at, last,
							predicate.verb(), predicate.words().getFirst() == BE, dateOf(tokens, last, times),
							measure.get().cued())));
			}
		}
		return readings;
	}

	/** The change a predicate's change is for a measure: {@code in_force} as the measure's kind comes into force. */
	private Optional<String> change(String change, String measure) {
		if (!change.equals(IN_FORCE)) {
			return Optional.of(change);
		}
		return measures.kindOf(measure).map(inForce::get);
	}

	/** The last token of the predicate when it starts at {@code k}, else -1 (an adverb may stand after "be"). */
	private static int matchAt(List<Token> tokens, int k, Predicate predicate) {
		int at = k;
		for (int w = 0; w < predicate.words().size(); w++, at++) {
			if (at >= tokens.size()) {
				return -1;
			}
			if (w > 0 && predicate.words().get(w - 1) == BE && tokens.get(at).lower().endsWith("ly")
					&& at + 1 < tokens.size()) {
				at++;
			}
			if (!predicate.words().get(w).contains(tokens.get(at).lower())) {
				return -1;
			}
		}
		return at - 1;
	}

	private static java.util.function.IntPredicate inTime(List<TimeExpression> times) {
		return k -> times.stream().anyMatch(t -> t.first() <= k && k <= t.last());
	}

	/**
	 * The measure a predicate's subject names: the nearest cue left of it in its clause, else the words from the
	 * clause's start when they name one ({@link MeasureLexicon#paraphrased}).
	 */
	private Optional<Named> subject(List<Token> tokens, int predicate, List<MeasureLexicon.Cue> cues, List<String> recent,
			java.util.function.IntPredicate inTime) {
		int start = predicate;
		while (start > 0 && predicate - start < SUBJECT_REACH && !CLAUSE_STOPS.contains(tokens.get(start - 1).lower())) {
			start--;
		}
		int from = start;
		// a cue that ends in the clause is its subject, even one holding a stop word ("Reconciliation and Healing …")
		Optional<String> cued = cues.stream().filter(cue -> cue.last() >= from && cue.last() < predicate)
			.reduce((a, b) -> b).map(MeasureLexicon.Cue::measure);
		if (cued.isPresent()) {
			return cued.map(id -> new Named(id, true));
		}
		while (start < predicate && inTime.test(start)) {
			start++;
		}
		return start < predicate ? measures.paraphrased(tokens.subList(start, predicate), recent)
			.map(id -> new Named(id, false)) : Optional.empty();
	}

	/** The measure a predicate's object names: a cue that begins within a few words after it, else its phrase. */
	private Optional<Named> object(List<Token> tokens, int last, List<MeasureLexicon.Cue> cues, List<String> recent) {
		for (MeasureLexicon.Cue cue : cues) {
			if (cue.first() > last && cue.first() <= last + OBJECT_REACH
					&& tokens.subList(last + 1, cue.first()).stream().allMatch(t -> t.isWord() || isQuote(t))) {
				return Optional.of(new Named(cue.measure(), true));
			}
		}
		int end = last + 1;
		while (end < tokens.size() && end - last <= SUBJECT_REACH && !CLAUSE_STOPS.contains(tokens.get(end).lower())
				&& tokens.get(end).isWord()) {
			end++;
		}
		return end > last + 1 ? measures.paraphrased(tokens.subList(last + 1, end), recent)
			.map(id -> new Named(id, false)) : Optional.empty();
	}

	/** A quotation mark: "their “shuttle diplomacy”" still names the measure right after the verb. */
	private static boolean isQuote(Token token) {
		return "\"\u201c\u201d'\u2018\u2019".contains(token.text());
	}

	/** The time expression that follows the predicate in its clause ("took effect on July 4", "expired in 2015"). */
	private static TimeExpression dateOf(List<Token> tokens, int last, List<TimeExpression> times) {
		for (TimeExpression time : times) {
			if (time.first() <= last || time.first() > last + DATE_REACH || time.date() == null) {
				continue;
			}
			boolean sameClause = tokens.subList(last + 1, time.first()).stream()
				.noneMatch(token -> CLAUSE_STOPS.contains(token.lower()));
			if (sameClause) {
				return time;
			}
		}
		return null;
	}

}
