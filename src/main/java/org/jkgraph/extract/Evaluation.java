package org.jkgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jkgraph.facts.EventFact;
import org.jkgraph.facts.Participant;

/**
 * Scores extracted events against gold ones. An extracted event counts as found when a gold event not yet claimed has
 * the same type, an overlapping date (each date stands for its whole period: "2023-03" covers the 16th) and agreeing
 * principal actors (compared by side, one set containing the other) — the rule {@link EventMerger} merges by.
 * Gold events are matched one to one, exact dates first.
 */
final class Evaluation {

	private final EventMerger merger;

	Evaluation(EventMerger merger) {
		this.merger = merger;
	}

	EvaluationReport score(List<EventFact> extracted, List<EventFact> gold) {
		Map<String, EvaluationReport.Score> byType = new TreeMap<>();
		List<EventFact> unclaimed = new ArrayList<>(extracted);
		List<String> missed = new ArrayList<>();
		List<EventFact> ordered = new ArrayList<>(gold);
		for (EventFact expected : ordered) {
			EventFact found = unclaimed.stream().filter(e -> matches(e, expected) && e.date().equals(expected.date()))
				.findFirst()
				.orElse(unclaimed.stream().filter(e -> matches(e, expected)).findFirst().orElse(null));
			if (found != null) {
				unclaimed.remove(found);
				byType.merge(expected.type(), new EvaluationReport.Score(1, 0, 0), EvaluationReport.Score::plus);
			}
			else {
				byType.merge(expected.type(), new EvaluationReport.Score(0, 0, 1), EvaluationReport.Score::plus);
				missed.add(describe(expected));
			}
		}
		for (EventFact wrong : unclaimed) {
			byType.merge(wrong.type(), new EvaluationReport.Score(0, 1, 0), EvaluationReport.Score::plus);
		}
		EvaluationReport.Score overall = byType.values().stream()
			.reduce(new EvaluationReport.Score(0, 0, 0), EvaluationReport.Score::plus);
		return new EvaluationReport(byType, overall, missed, unclaimed.stream().map(Evaluation::describe).toList());
	}

	private boolean matches(EventFact extracted, EventFact gold) {
		return merger.same(extracted.type(), extracted.date(), extracted.participants(), gold.type(), gold.date(),
				gold.participants());
	}

	private static String describe(EventFact event) {
		return event.type() + " " + event.date() + " "
				+ event.participants().stream().map(Participant::actor).collect(Collectors.joining(",")) + " [" + event.id()
				+ "]";
	}

}
