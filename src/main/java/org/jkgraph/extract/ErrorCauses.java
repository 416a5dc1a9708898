package org.jkgraph.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Why each gold event was missed and each extracted event was wrong, by the nearest reading on the same page: the
 * first cause that fits, in the order below. It says which class of fix pays most ({@code evaluate --explain}).
 * <ol>
 * <li>merged / split: the event agrees (type, sides, overlapping date) with one already paired — two reports read as
 * one event, or one event read twice;</li>
 * <li>date beyond precision: same type and sides, a date outside the gold's;</li>
 * <li>roles inverted: same type, date and actors, but who acted and who was acted on swapped;</li>
 * <li>type wrong (same PLOVER family or another): same sides, overlapping date, another type;</li>
 * <li>actors wrong or unresolved: same type and overlapping date, sides that do not agree (split by whether the gold
 * names an actor seeds lack);</li>
 * <li>misses only — trigger read, then dropped (no date, actors unresolved, read as habitual or negated…);</li>
 * <li>no trigger matched (misses) / not in the gold (false finds).</li>
 * </ol>
 */
final class ErrorCauses {

	/** Counts per cause (false negatives and false positives) and one line per explained event. */
	record Breakdown(Map<String, EvaluationReport.Score> counts, List<String> lines) {

		String table() {
			StringBuilder out = new StringBuilder();
			out.append("%-58s %4s %4s%n".formatted("cause", "fn", "fp"));
			int fn = 0;
			int fp = 0;
			for (Map.Entry<String, EvaluationReport.Score> entry : counts.entrySet()) {
				out.append("%-58s %4d %4d%n".formatted(entry.getKey(), entry.getValue().falseNegatives(),
						entry.getValue().falsePositives()));
				fn += entry.getValue().falseNegatives();
				fp += entry.getValue().falsePositives();
			}
			out.append("%-58s %4d %4d%n".formatted("all", fn, fp));
			return out.toString();
		}

	}

	static final String MERGED = "merged with another gold event";

	static final String SPLIT = "split from (or duplicates) a found event";

	static final String DATE = "date wrong beyond precision";

	static final String ROLES = "roles inverted";

	static final String SAME_FAMILY = "type wrong, same family";

	static final String OTHER_FAMILY = "type wrong, other family";

	static final String ACTORS = "actors wrong or unresolved";

	static final String ACTORS_UNSEEDED = "actors wrong or unresolved (gold names one seeds lack)";

	static final String DROPPED = "trigger read, dropped: ";

	static final String NO_TRIGGER = "no trigger matched";

	static final String NOT_IN_GOLD = "not in the gold";

	private final List<ExtractedEvent> extracted;

	private final List<EventMerger.Sides> extractedSides;

	private final List<GoldStandard.GoldEvent> gold;

	private final List<EventMerger.Sides> goldSides;

	private final Function<String, String> family;

	private final List<Set<String>> extractedPages = new ArrayList<>();

	private final List<Set<String>> goldPages = new ArrayList<>();

	private final Function<String, String> page;

	ErrorCauses(List<ExtractedEvent> extracted, List<EventMerger.Sides> extractedSides, List<GoldStandard.GoldEvent> gold,
			List<EventMerger.Sides> goldSides, Function<String, String> family, Function<String, String> page) {
		this.extracted = extracted;
		this.extractedSides = extractedSides;
		this.gold = gold;
		this.goldSides = goldSides;
		this.family = family;
		extracted.forEach(e -> extractedPages.add(Evaluation.pages(Evaluation.sourcesOf(e), page)));
		gold.forEach(g -> goldPages.add(Evaluation.pages(g.sources(), page)));
		this.page = page;
	}

	/**
	 * @param pairOf the extracted event paired with each gold event, or -1
	 */
	Breakdown explain(int[] pairOf, List<DroppedTrigger> dropped) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		List<String> lines = new ArrayList<>();
		Set<Integer> paired = new LinkedHashSet<>();
		Map<Integer, Integer> goldOf = new HashMap<>();
		for (int g = 0; g < pairOf.length; g++) {
			if (pairOf[g] >= 0) {
				paired.add(pairOf[g]);
				goldOf.put(pairOf[g], g);
			}
		}
		for (int g = 0; g < gold.size(); g++) {
			if (pairOf[g] < 0) {
				String cause = missed(g, paired, dropped);
				counts.computeIfAbsent(cause, k -> new int[2])[0]++;
				lines.add("fn " + cause + ": " + gold.get(g).type() + " " + gold.get(g).date() + " [" + gold.get(g).id() + "]");
			}
		}
		for (int e = 0; e < extracted.size(); e++) {
			if (!paired.contains(e)) {
				String cause = spurious(e, pairOf);
				counts.computeIfAbsent(cause, k -> new int[2])[1]++;
				ExtractedEvent event = extracted.get(e);
				lines.add("fp " + cause + ": " + event.type() + " " + event.date() + " " + event.participants().stream()
					.map(p -> p.actor()).toList() + " " + extractedPages.get(e));
			}
		}
		Map<String, EvaluationReport.Score> scores = new LinkedHashMap<>();
		counts.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue()[0] + b.getValue()[1],
				a.getValue()[0] + a.getValue()[1]))
			.forEach(entry -> scores.put(entry.getKey(), new EvaluationReport.Score(0, entry.getValue()[1], entry.getValue()[0])));
		return new Breakdown(scores, lines);
	}

	private String missed(int g, Set<Integer> paired, List<DroppedTrigger> dropped) {
		GoldStandard.GoldEvent want = gold.get(g);
		for (int e : paired) {
			if (sameType(e, g) && EventMerger.overlap(extracted.get(e).date(), want.date())
					&& extractedSides.get(e).agree(goldSides.get(g))) {
				return MERGED;
			}
		}
		List<Integer> near = new ArrayList<>();
		for (int e = 0; e < extracted.size(); e++) {
			if (!paired.contains(e) && shares(extractedPages.get(e), goldPages.get(g))) {
				near.add(e);
			}
		}
		String cause = common(near, g);
		if (cause != null) {
			return cause;
		}
		Map<String, Integer> reasons = new LinkedHashMap<>();
		for (DroppedTrigger drop : dropped) {
			String p = page.apply(drop.source());
			if (p != null && goldPages.get(g).contains(p) && family.apply(drop.type()).equals(family.apply(want.type()))) {
				reasons.merge(drop.reason(), drop.type().equals(want.type()) ? 2 : 1, Integer::sum);
			}
		}
		return reasons.entrySet().stream().max(Map.Entry.comparingByValue()).map(r -> DROPPED + r.getKey())
			.orElse(NO_TRIGGER);
	}

	private String spurious(int e, int[] pairOf) {
		ExtractedEvent found = extracted.get(e);
		List<Integer> near = new ArrayList<>();
		for (int g = 0; g < gold.size(); g++) {
			if (pairOf[g] >= 0 && sameType(e, g) && extractedSides.get(e).agree(goldSides.get(g))
					&& (EventMerger.overlap(found.date(), gold.get(g).date()) || shares(extractedPages.get(e), goldPages.get(g)))) {
				return SPLIT;
			}
			if (pairOf[g] < 0 && shares(extractedPages.get(e), goldPages.get(g))) {
				near.add(g);
			}
		}
		String cause = null;
		for (int g : near) {
			String one = cause(e, g);
			if (one != null && (cause == null || rank(one) < rank(cause))) {
				cause = one;
			}
		}
		return (cause != null) ? cause : NOT_IN_GOLD;
	}

	/** The most specific cause relating a gold event to any of the extracted events near it, or null. */
	private String common(Collection<Integer> near, int g) {
		String cause = null;
		int by = -1;
		for (int e : near) {
			String one = cause(e, g);
			// one event read as another type explains one miss, not every miss of its page
			if (one != null && (one.equals(SAME_FAMILY) || one.equals(OTHER_FAMILY)) && retyped.contains(e)) {
				continue;
			}
			if (one != null && (cause == null || rank(one) < rank(cause))) {
				cause = one;
				by = e;
			}
		}
		if (SAME_FAMILY.equals(cause) || OTHER_FAMILY.equals(cause)) {
			retyped.add(by);
		}
		return cause;
	}

	/** The extracted events already taken to explain a miss as read in another type. */
	private final Set<Integer> retyped = new java.util.HashSet<>();

	private static final List<String> ORDER = List.of(DATE, ROLES, SAME_FAMILY, OTHER_FAMILY, ACTORS_UNSEEDED, ACTORS);

	private static int rank(String cause) {
		return ORDER.indexOf(cause);
	}

	/** How extracted event {@code e} and gold event {@code g} (on a shared page) differ, or null if unrelated. */
	private String cause(int e, int g) {
		ExtractedEvent found = extracted.get(e);
		GoldStandard.GoldEvent want = gold.get(g);
		EventMerger.Sides fs = extractedSides.get(e);
		EventMerger.Sides gs = goldSides.get(g);
		boolean overlap = EventMerger.overlap(found.date(), want.date());
		if (sameType(e, g)) {
			if (fs.agree(gs)) {
				return found.date().within(want.date()) ? null : DATE;
			}
			if (!overlap) {
				return null;
			}
			boolean nested = !fs.all().isEmpty() && !gs.all().isEmpty()
					&& (fs.all().containsAll(gs.all()) || gs.all().containsAll(fs.all()));
			if (nested) {
				return ROLES;
			}
			return want.participants().stream().anyMatch(p -> !p.known()) ? ACTORS_UNSEEDED : ACTORS;
		}
		if (overlap && fs.agree(gs)) {
			return family.apply(found.type()).equals(family.apply(want.type())) ? SAME_FAMILY : OTHER_FAMILY;
		}
		return null;
	}

	private boolean sameType(int e, int g) {
		return extracted.get(e).type().equals(gold.get(g).type());
	}

	private static boolean shares(Set<String> a, Set<String> b) {
		return a.stream().anyMatch(b::contains);
	}

}
