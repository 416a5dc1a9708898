package org.jkgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import org.jkgraph.facts.FactDate;
import org.jkgraph.facts.MeasureChange;
import org.jkgraph.facts.Participant;

/**
 * Scores the measure changes read against the gold's, in two rows: changes to curated measures (same measure, same
 * change, the change's date — effective, else the event's — within the gold's) and changes to measures seeds lack,
 * which the extractor writes as candidate measures. A candidate measure's change is right for a gold change written
 * {@code {measure: {name: …}}} when the change and the date agree as above, the two events' principal actors agree by
 * side (so the imposer is the same), and the names agree: they share two content words (function words aside, plurals made
 * singular) that name no country ("ban" and "seafood" of "a ban on seafood from Japan" and "China's ban on seafood
 * imports from Japan"; "currency" and "swap"). A change to a candidate measure never counts for a curated one, nor the reverse.
 * A gold change written by name that names a curated measure, by the rule the extractor reads a curated measure in
 * other words with ({@link MeasureLexicon#curatedNamed}), is a change of that curated measure: a gold file annotated
 * before the curated data gained the measure is scored as a user of today's graph sees the change.
 */
final class MeasureScoring {

	/** Words that say nothing of what a measure is. */
	private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "on", "to", "from", "for", "in",
			"into", "with", "and", "or", "its", "their", "his", "her", "by", "at", "s", "new", "all", "some");

	/**
	 * @param unnamed the gold changes to measures seeds lack (named by the gold, and naming no curated measure)
	 */
	record Result(EvaluationReport.Score known, EvaluationReport.Score candidates, int unnamed, List<String> missed,
			List<String> spurious) {
	}

	/** The curated measure a gold change written by name stands for, if one: {@link MeasureLexicon#curatedNamed}. */
	@FunctionalInterface
	interface CuratedNames {

		/** For scoring where no curated measure is known. */
		CuratedNames NONE = (name, type, change, participants, date) -> java.util.Optional.empty();

		java.util.Optional<String> curatedNamed(String name, String type, String change, List<Participant> participants,
				FactDate date);

	}

	private record Found(int event, MeasureChange change) {
	}

	private record Expected(int event, GoldStandard.GoldChange change) {
	}

	private final Set<String> countryWords;

	private final CuratedNames curatedNames;

	/** @param countryWords lower-case words that name a country or its people ("japan", "korean", "chinese") */
	MeasureScoring(Set<String> countryWords, CuratedNames curatedNames) {
		this.countryWords = countryWords;
		this.curatedNames = curatedNames;
	}

	/**
	 * @param goldParticipants each gold event's participants as actors (a person seeds lack as its country), for
	 * telling which curated measure a gold name fits
	 */
	Result score(List<ExtractedEvent> extracted, List<EventMerger.Sides> extractedSides, List<GoldStandard.GoldEvent> gold,
			List<EventMerger.Sides> goldSides, List<List<Participant>> goldParticipants, List<CandidateMeasure> candidates) {
		Map<String, CandidateMeasure> byId = new HashMap<>();
		candidates.forEach(candidate -> byId.put(candidate.id(), candidate));
		List<Found> known = new ArrayList<>();
		List<Found> candidate = new ArrayList<>();
		for (int e = 0; e < extracted.size(); e++) {
			for (MeasureChange change : extracted.get(e).measures()) {
				(byId.containsKey(change.measure()) ? candidate : known).add(new Found(e, change));
			}
		}
		List<Expected> knownGold = new ArrayList<>();
		List<Expected> newGold = new ArrayList<>();
		for (int g = 0; g < gold.size(); g++) {
			GoldStandard.GoldEvent event = gold.get(g);
			for (GoldStandard.GoldChange change : event.measures()) {
				java.util.Optional<String> curated = change.known() ? java.util.Optional.of(change.measure())
						: curatedNames.curatedNamed(change.measureName(), event.type(), change.change(),
								goldParticipants.get(g), change.effective() != null ? change.effective() : event.date());
				if (curated.isPresent()) {
					knownGold.add(new Expected(g, new GoldStandard.GoldChange(curated.get(), change.measureName(), change.change(),
							change.effective())));
				}
				else {
					newGold.add(new Expected(g, change));
				}
			}
		}
		List<String> missed = new ArrayList<>();
		List<String> spurious = new ArrayList<>();
		EvaluationReport.Score knownScore = pair(knownGold, known, extracted, gold, (want, got) ->
				want.change().measure().equals(got.change().measure()), missed, spurious, byId);
		EvaluationReport.Score newScore = pair(newGold, candidate, extracted, gold, (want, got) ->
				extractedSides.get(got.event()).agree(goldSides.get(want.event()))
						&& sameMeasure(byId.get(got.change().measure()), want.change().measureName()),
				missed, spurious, byId);
		return new Result(knownScore, newScore, newGold.size(), missed, spurious);
	}

	private static EvaluationReport.Score pair(List<Expected> expected, List<Found> found, List<ExtractedEvent> extracted,
			List<GoldStandard.GoldEvent> gold, BiPredicate<Expected, Found> same, List<String> missed, List<String> spurious,
			Map<String, CandidateMeasure> candidates) {
		int[] pair = Evaluation.match(expected.size(), found.size(), (x, f) -> {
			Expected want = expected.get(x);
			Found got = found.get(f);
			FactDate wantDate = (want.change().effective() != null) ? want.change().effective()
					: gold.get(want.event()).date();
			FactDate gotDate = (got.change().effective() != null) ? got.change().effective()
					: extracted.get(got.event()).date();
			return want.change().change().equals(got.change().change()) && gotDate.within(wantDate)
					&& same.test(want, got);
		});
		Set<Integer> paired = new LinkedHashSet<>();
		for (int x = 0; x < expected.size(); x++) {
			if (pair[x] >= 0) {
				paired.add(pair[x]);
			}
			else {
				Expected want = expected.get(x);
				GoldStandard.GoldChange c = want.change();
				String measure = c.known() ? c.measure() : "'" + c.measureName() + "'";
				if (c.known() && c.measureName() != null) {
					measure += " (named '" + c.measureName() + "')";
				}
				missed.add(measure + " " + c.change() + " "
						+ (c.effective() != null ? c.effective() : gold.get(want.event()).date()) + " ["
						+ gold.get(want.event()).id() + "]");
			}
		}
		for (int f = 0; f < found.size(); f++) {
			if (!paired.contains(f)) {
				MeasureChange c = found.get(f).change();
				ExtractedEvent event = extracted.get(found.get(f).event());
				CandidateMeasure candidate = candidates.get(c.measure());
				spurious.add((candidate != null ? "'" + candidate.name() + "'" : c.measure()) + " " + c.change() + " "
						+ (c.effective() != null ? c.effective() : event.date()) + " [" + event.type() + "; "
						+ event.citations().stream().map(x -> x.source() + " " + x.locator()).distinct()
							.collect(java.util.stream.Collectors.joining(", "))
						+ "]");
			}
		}
		int tp = paired.size();
		return new EvaluationReport.Score(tp, found.size() - tp, expected.size() - tp);
	}

	/** The rule above: two content words in common that name no country. */
	boolean sameMeasure(CandidateMeasure candidate, String gold) {
		List<String> theirs = contentWords(gold);
		return contentWords(candidate.name()).stream().distinct()
			.filter(word -> !countryWords.contains(word) && theirs.contains(word)).count() >= 2;
	}

	/** Lower-case words of a name, function words left out, plurals made singular ("imports" = "import"). */
	static List<String> contentWords(String name) {
		List<String> words = new ArrayList<>();
		for (String word : name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^a-z]+")) {
			if (word.isEmpty() || FUNCTION_WORDS.contains(word)) {
				continue;
			}
			words.add(singular(word));
		}
		return words;
	}

	private static String singular(String word) {
		if (word.length() > 4 && word.endsWith("ies")) {
			return word.substring(0, word.length() - 3) + "y";
		}
		if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
			return word.substring(0, word.length() - 1);
		}
		return word;
	}

}
