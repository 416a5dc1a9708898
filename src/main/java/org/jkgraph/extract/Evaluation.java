package org.jkgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jkgraph.facts.EventFact;
import org.jkgraph.facts.FactDate;
import org.jkgraph.facts.Participant;

/**
 * Scores what the extractor read from one part of a corpus against that part's gold events.
 * <ul>
 * <li>An extracted event is right when a gold event not yet matched has the same type, a date <em>within the gold
 * date's precision</em> (a day inside a gold month counts; a month for a gold day does not) and agreeing principal
 * actors — compared by side as {@link EventMerger} merges them (a leader or ministry counts for its country; one side
 * set contains the other, and where both say who acted, an acting side is shared). "Lenient" allows any overlap of the
 * dates. Events are paired one to one (a maximum matching), new and curated-supporting ones alike.</li>
 * <li>Measure changes ({@link MeasureScoring}): to curated measures, same measure, same change kind, and the change's
 * date (its effective date, else its event's) within the gold one; to measures seeds lack, a row of their own, the
 * candidate measures the extractor wrote scored by name, sides, change and date.</li>
 * <li>Actors seeds lacks: by name (case and hyphens aside, one edit forgiven), of the gold's named participants that
 * the seeds still lack.</li>
 * <li>Causes: each miss and false find classed by its nearest reading ({@link ErrorCauses}).</li>
 * <li>Duplicates: a new event that reports a curated event (same type, overlapping date, agreeing sides — directly or
 * through the gold event both match), and new events that report the same gold event as another new one.</li>
 * </ul>
 */
final class Evaluation {

	private final Actors actors;

	private final Function<String, String> family;

	private final MeasureScoring.CuratedNames curatedNames;

	/**
	 * @param family the PLOVER family of an event type, for telling a type read in the right family from one read in
	 * another
	 * @param curatedNames the curated measure a gold change written by name stands for ({@link MeasureScoring})
	 */
	Evaluation(Actors actors, Function<String, String> family, MeasureScoring.CuratedNames curatedNames) {
		this.actors = actors;
		this.family = family;
		this.curatedNames = curatedNames;
	}

	/**
	 * @param page the page (file) a citation's source stands for, for the per-page table; null when unknown
	 * @param dropped the triggers the extractor read and let go, for telling why a gold event was missed
	 */
	EvaluationReport score(String part, List<ExtractedEvent> readings, List<CandidateActor> candidates,
			List<CandidateMeasure> candidateMeasures, List<GoldStandard.GoldEvent> gold, List<EventFact> curated, Function<String, String> page,
			List<DroppedTrigger> dropped) {
		List<ExtractedEvent> extracted = asSupported(readings, curated);
		Map<String, CandidateActor> byId = new HashMap<>();
		candidates.forEach(candidate -> byId.put(candidate.id(), candidate));
		List<EventMerger.Sides> extractedSides = extracted.stream().map(e -> sides(e.participants(), byId)).toList();
		List<EventMerger.Sides> goldSides = gold.stream().map(this::sides).toList();
		BiPredicate<Integer, Integer> strict = (g, e) -> matches(extracted.get(e), extractedSides.get(e), gold.get(g),
				goldSides.get(g), true);
		BiPredicate<Integer, Integer> lenient = (g, e) -> matches(extracted.get(e), extractedSides.get(e), gold.get(g),
				goldSides.get(g), false);
		int[] pairOf = match(gold.size(), extracted.size(), strict);
		int[] lenientPair = match(gold.size(), extracted.size(), lenient);

		Map<String, EvaluationReport.Score> byType = new TreeMap<>();
		List<String> missed = new ArrayList<>();
		Set<Integer> matchedExtracted = new HashSet<>();
		for (int g = 0; g < gold.size(); g++) {
			boolean found = pairOf[g] >= 0;
			byType.merge(gold.get(g).type(), new EvaluationReport.Score(found ? 1 : 0, 0, found ? 0 : 1),
					EvaluationReport.Score::plus);
			if (found) {
				matchedExtracted.add(pairOf[g]);
			}
			else {
				missed.add(describe(gold.get(g)));
			}
		}
		List<String> spurious = new ArrayList<>();
		for (int e = 0; e < extracted.size(); e++) {
			if (!matchedExtracted.contains(e)) {
				byType.merge(extracted.get(e).type(), new EvaluationReport.Score(0, 1, 0), EvaluationReport.Score::plus);
				spurious.add(describe(extracted.get(e)));
			}
		}
		int tp = matchedExtracted.size();
		EvaluationReport.Score events = new EvaluationReport.Score(tp, extracted.size() - tp, gold.size() - tp);
		int lenientTp = (int) java.util.Arrays.stream(lenientPair).filter(e -> e >= 0).count();
		EvaluationReport.Score lenientScore = new EvaluationReport.Score(lenientTp, extracted.size() - lenientTp,
				gold.size() - lenientTp);

		// dates of the pairs found leniently: exactly the gold's, within its precision, or only overlapping it
		int exact = 0;
		int within = 0;
		List<String> dateErrors = new ArrayList<>();
		for (int g = 0; g < gold.size(); g++) {
			if (lenientPair[g] >= 0) {
				FactDate found = extracted.get(lenientPair[g]).date();
				FactDate expected = gold.get(g).date();
				if (found.text().equals(expected.text())) {
					exact++;
				}
				if (found.within(expected)) {
					within++;
				}
				else {
					dateErrors.add(describe(gold.get(g)) + " read as " + found);
				}
			}
		}

		int newTotal = 0;
		int newRight = 0;
		for (int e = 0; e < extracted.size(); e++) {
			if (extracted.get(e).isNew()) {
				newTotal++;
				if (matchedExtracted.contains(e)) {
					newRight++;
				}
			}
		}
		EvaluationReport.Score newEvents = new EvaluationReport.Score(newRight, newTotal - newRight, 0);

		List<String> curatedDuplicates = curatedDuplicates(extracted, extractedSides, gold, goldSides, curated, lenient);
		int duplicatesAmongNew = duplicatesAmongNew(extracted, gold, lenient);

		MeasureScoring.Result measures = new MeasureScoring(actors.countryWords(), curatedNames).score(extracted,
				extractedSides, gold, goldSides, gold.stream().map(this::participants).toList(), candidateMeasures);
		return new EvaluationReport(part, events, lenientScore, byType, byPage(extracted, gold, pairOf, page), newEvents,
				measures.known(), measures.unnamed(), measures.candidates(), actors(candidates, gold), lenientTp, exact,
				within, curatedDuplicates, duplicatesAmongNew, missed, spurious, dateErrors, measures.missed(),
				measures.spurious(),
				new ErrorCauses(extracted, extractedSides, gold, goldSides, family, page).explain(pairOf, dropped));
	}

	/**
	 * What a user of the graph sees of each event read: a reading that supports a curated event is that event — its
	 * type, date (at its precision) and participants —, carrying the reading's confidence, citations and measure
	 * changes; a new event is the reading itself.
	 */
	static List<ExtractedEvent> asSupported(List<ExtractedEvent> extracted, List<EventFact> curated) {
		Map<String, EventFact> byId = new HashMap<>();
		curated.forEach(event -> byId.put(event.id(), event));
		return extracted.stream().map(e -> {
			EventFact supported = e.isNew() ? null : byId.get(e.supports());
			if (supported == null || supported.date() == null) {
				return e;
			}
			return new ExtractedEvent(e.id(), supported.type(), supported.date(), e.participants(), e.measures(),
					e.place(), e.confidence(), e.citations(), e.supports());
		}).toList();
	}

	private boolean matches(ExtractedEvent e, EventMerger.Sides eSides, GoldStandard.GoldEvent g, EventMerger.Sides gSides,
			boolean strict) {
		return e.type().equals(g.type()) && (strict ? e.date().within(g.date()) : EventMerger.overlap(e.date(), g.date()))
				&& eSides.agree(gSides);
	}

	/** A maximum one-to-one matching of gold to extracted (augmenting paths): the extracted index per gold, or -1. */
	static int[] match(int golds, int extracted, BiPredicate<Integer, Integer> fits) {
		List<List<Integer>> options = new ArrayList<>();
		for (int g = 0; g < golds; g++) {
			List<Integer> list = new ArrayList<>();
			for (int e = 0; e < extracted; e++) {
				if (fits.test(g, e)) {
					list.add(e);
				}
			}
			options.add(list);
		}
		int[] goldOf = new int[extracted];
		java.util.Arrays.fill(goldOf, -1);
		for (int g = 0; g < golds; g++) {
			augment(g, options, goldOf, new boolean[extracted]);
		}
		int[] pair = new int[golds];
		java.util.Arrays.fill(pair, -1);
		for (int e = 0; e < extracted; e++) {
			if (goldOf[e] >= 0) {
				pair[goldOf[e]] = e;
			}
		}
		return pair;
	}

	private static boolean augment(int g, List<List<Integer>> options, int[] goldOf, boolean[] seen) {
		for (int e : options.get(g)) {
			if (!seen[e]) {
				seen[e] = true;
				if (goldOf[e] < 0 || augment(goldOf[e], options, goldOf, seen)) {
					goldOf[e] = g;
					return true;
				}
			}
		}
		return false;
	}

	private Map<String, EvaluationReport.Score> byPage(List<ExtractedEvent> extracted, List<GoldStandard.GoldEvent> gold,
			int[] pairOf, Function<String, String> page) {
		Map<String, int[]> counts = new TreeMap<>();
		Map<Integer, Integer> goldOfExtracted = new HashMap<>();
		for (int g = 0; g < gold.size(); g++) {
			if (pairOf[g] >= 0) {
				goldOfExtracted.put(pairOf[g], g);
			}
		}
		for (int g = 0; g < gold.size(); g++) {
			Set<String> pages = pages(gold.get(g).sources(), page);
			Set<String> foundOn = pairOf[g] >= 0 ? pages(sourcesOf(extracted.get(pairOf[g])), page) : Set.of();
			for (String p : pages) {
				int[] c = counts.computeIfAbsent(p, k -> new int[3]);
				if (foundOn.contains(p)) {
					c[0]++;
				}
				else {
					c[2]++;
				}
			}
		}
		for (int e = 0; e < extracted.size(); e++) {
			Integer g = goldOfExtracted.get(e);
			Set<String> goldPages = (g != null) ? pages(gold.get(g).sources(), page) : Set.of();
			for (String p : pages(sourcesOf(extracted.get(e)), page)) {
				if (!goldPages.contains(p)) {
					counts.computeIfAbsent(p, k -> new int[3])[1]++;
				}
			}
		}
		Map<String, EvaluationReport.Score> scores = new TreeMap<>();
		counts.forEach((p, c) -> scores.put(p, new EvaluationReport.Score(c[0], c[1], c[2])));
		return scores;
	}

	static List<String> sourcesOf(ExtractedEvent event) {
		return event.citations().stream().map(c -> c.source()).toList();
	}

	/** The pages these sources are on, as {@code page} names them (sources on no page left out). */
	static Set<String> pages(List<String> sources, Function<String, String> page) {
		Set<String> pages = new LinkedHashSet<>();
		for (String source : sources) {
			String p = page.apply(source);
			if (p != null) {
				pages.add(p);
			}
		}
		return pages;
	}

	/**
	 * Actors seeds lack: the gold's named participants that the curated seeds still lack (the data lanes add officials
	 * over time; one the seeds gained is found as that curated actor, not as a candidate).
	 */
	private EvaluationReport.Score actors(List<CandidateActor> candidates, List<GoldStandard.GoldEvent> gold) {
		Set<String> curated = actors.curatedNames().map(Evaluation::normal).collect(Collectors.toSet());
		List<String> expected = gold.stream().flatMap(g -> g.participants().stream())
			.filter(p -> !p.known())
			.map(p -> normal(p.name()))
			.filter(name -> !curated.contains(name))
			.distinct()
			.toList();
		List<String> found = candidates.stream().map(c -> normal(c.name())).distinct().toList();
		int[] pair = match(expected.size(), found.size(), (x, f) -> sameName(expected.get(x), found.get(f)));
		int tp = (int) java.util.Arrays.stream(pair).filter(f -> f >= 0).count();
		return new EvaluationReport.Score(tp, found.size() - tp, expected.size() - tp);
	}

	static String normal(String name) {
		return name.toLowerCase(Locale.ROOT).replace('-', ' ').replace('\u2019', '\'').replaceAll("^the ", "")
			.replaceAll("\\s+", " ").strip();
	}

	static boolean sameName(String a, String b) {
		return a.equals(b) || a.length() >= 5 && b.length() >= 5 && Fuzzy.withinOneEdit(a, b);
	}

	private List<String> curatedDuplicates(List<ExtractedEvent> extracted, List<EventMerger.Sides> extractedSides,
			List<GoldStandard.GoldEvent> gold, List<EventMerger.Sides> goldSides, List<EventFact> curated,
			BiPredicate<Integer, Integer> lenient) {
		List<EventMerger.Sides> curatedSides = curated.stream().map(c -> sides(c.participants(), Map.of())).toList();
		List<String> duplicates = new ArrayList<>();
		for (int e = 0; e < extracted.size(); e++) {
			ExtractedEvent event = extracted.get(e);
			if (!event.isNew()) {
				continue;
			}
			String duplicate = null;
			for (int c = 0; c < curated.size() && duplicate == null; c++) {
				EventFact known = curated.get(c);
				if (known.date() == null || !known.type().equals(event.type()) || !EventMerger.overlap(known.date(), event.date())) {
					continue;
				}
				if (extractedSides.get(e).agree(curatedSides.get(c))) {
					duplicate = known.id();
					continue;
				}
				// through the gold: the extracted event reports a gold event that is this curated one
				for (int g = 0; g < gold.size() && duplicate == null; g++) {
					if (lenient.test(g, e) && gold.get(g).type().equals(known.type())
							&& EventMerger.overlap(gold.get(g).date(), known.date()) && goldSides.get(g).agree(curatedSides.get(c))) {
						duplicate = known.id();
					}
				}
			}
			if (duplicate != null) {
				duplicates.add(describe(event) + " duplicates " + duplicate);
			}
		}
		return duplicates;
	}

	/** New events beyond the first that report the same gold event. */
	private static int duplicatesAmongNew(List<ExtractedEvent> extracted, List<GoldStandard.GoldEvent> gold,
			BiPredicate<Integer, Integer> lenient) {
		int duplicates = 0;
		Set<Integer> counted = new HashSet<>();
		for (int g = 0; g < gold.size(); g++) {
			List<Integer> reports = new ArrayList<>();
			for (int e = 0; e < extracted.size(); e++) {
				if (extracted.get(e).isNew() && !counted.contains(e) && lenient.test(g, e)) {
					reports.add(e);
				}
			}
			if (reports.size() > 1) {
				duplicates += reports.size() - 1;
				counted.addAll(reports);
			}
		}
		return duplicates;
	}

	/** Sides of a gold event: curated actors by {@link Actors#side}, others by their country (people, bodies) or name. */
	private EventMerger.Sides sides(GoldStandard.GoldEvent event) {
		Set<String> all = new LinkedHashSet<>();
		Set<String> acting = new LinkedHashSet<>();
		for (GoldStandard.GoldParticipant p : event.participants()) {
			add(side(p), p.role(), all, acting);
		}
		return new EventMerger.Sides(all, acting);
	}

	private String side(GoldStandard.GoldParticipant p) {
		return curatedActor(p).map(actors::side).orElseGet(() -> sideOf(p.kind(), p.country(), p.name()));
	}

	/**
	 * The curated actor a gold participant is: a known one as it is; one the gold names that the seeds gained since
	 * (by name or alias) is that curated actor, as the new-actor score counts it.
	 */
	private java.util.Optional<String> curatedActor(GoldStandard.GoldParticipant p) {
		return p.known() ? java.util.Optional.of(p.actor()) : actors.curatedNamed(p.name());
	}

	/**
	 * A gold event's participants as curated actors: a known one as it is, one the seeds gained since as that actor,
	 * a person or body seeds lack as its country; a group or a name of no country is left out.
	 */
	private List<Participant> participants(GoldStandard.GoldEvent event) {
		List<Participant> participants = new ArrayList<>();
		for (GoldStandard.GoldParticipant p : event.participants()) {
			java.util.Optional<String> actor = curatedActor(p);
			String id = actor.orElseGet(() -> sideOf(p.kind(), p.country(), p.name()));
			if (actor.isPresent() || actors.isCountry(id)) {
				participants.add(new Participant(id, p.role()));
			}
		}
		return participants;
	}

	private EventMerger.Sides sides(List<Participant> participants, Map<String, CandidateActor> candidates) {
		Set<String> all = new LinkedHashSet<>();
		Set<String> acting = new LinkedHashSet<>();
		for (Participant p : participants) {
			CandidateActor candidate = candidates.get(p.actor());
			String side = (candidate != null) ? sideOf(candidate.kind(), candidate.country(), candidate.name())
					: actors.side(p.actor());
			add(side, p.role(), all, acting);
		}
		return new EventMerger.Sides(all, acting);
	}

	/**
	 * The side of a participant seeds lack: a person or state body is its country's; a group of a country is that
	 * country's people, a side apart from its government ("group:south-korea"), whatever words the text and the gold
	 * name it by ("the four children of the late victim", "family of Jeong Hyeong-pal"); anything else its name.
	 */
	static String sideOf(String kind, String country, String name) {
		boolean forCountry = "person".equals(kind) || "government_body".equals(kind);
		if (country != null && forCountry) {
			return country;
		}
		return (country != null && "group".equals(kind)) ? "group:" + country : "name:" + normal(name);
	}

	private static void add(String side, String role, Set<String> all, Set<String> acting) {
		if ("observer".equals(role) || "mediator".equals(role)) {
			return;
		}
		all.add(side);
		if (!Extractor.PASSIVE_ROLES.contains(role)) {
			acting.add(side);
		}
	}

	private static String describe(GoldStandard.GoldEvent event) {
		return event.type() + " " + event.date() + " " + event.participants().stream()
			.map(p -> p.known() ? p.actor() : "'" + p.name() + "'")
			.collect(Collectors.joining(",")) + " [" + event.id() + "]";
	}

	private static String describe(ExtractedEvent event) {
		return event.type() + " " + event.date() + " "
				+ event.participants().stream().map(Participant::actor).collect(Collectors.joining(",")) + " ["
				+ (event.isNew() ? event.id() : "supports " + event.supports()) + "; "
				+ event.citations().stream().map(c -> c.source() + " " + c.locator()).distinct().collect(Collectors.joining(", "))
				+ "]";
	}

}
