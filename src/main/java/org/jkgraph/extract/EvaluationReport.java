package org.jkgraph.extract;

import java.util.List;
import java.util.Map;

/**
 * Precision, recall and F1 of extracted events against gold events, per event type and overall (micro-averaged),
 * with the events that were missed or extracted wrongly for inspection.
 */
public record EvaluationReport(Map<String, Score> byType, Score overall, List<String> missed, List<String> spurious) {

	public record Score(int truePositives, int falsePositives, int falseNegatives) {

		public double precision() {
			return (truePositives + falsePositives == 0) ? 0 : (double) truePositives / (truePositives + falsePositives);
		}

		public double recall() {
			return (truePositives + falseNegatives == 0) ? 0 : (double) truePositives / (truePositives + falseNegatives);
		}

		public double f1() {
			double p = precision();
			double r = recall();
			return (p + r == 0) ? 0 : 2 * p * r / (p + r);
		}

		Score plus(Score other) {
			return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
					falseNegatives + other.falseNegatives);
		}

	}

	/** A table for the console. */
	public String table() {
		StringBuilder out = new StringBuilder();
		out.append("%-24s %4s %4s %4s %9s %7s %5s%n".formatted("type", "tp", "fp", "fn", "precision", "recall", "f1"));
		byType.forEach((type, score) -> out.append(row(type, score)));
		out.append(row("overall", overall));
		return out.toString();
	}

	private static String row(String name, Score s) {
		return "%-24s %4d %4d %4d %9.2f %7.2f %5.2f%n".formatted(name, s.truePositives(), s.falsePositives(),
				s.falseNegatives(), s.precision(), s.recall(), s.f1());
	}

}
