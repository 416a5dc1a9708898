package org.jkgraph.extract;

import java.util.List;
import java.util.Map;

/**
 * The extractor measured on one part of a corpus: events (strict: the date within the gold date's precision; lenient:
 * overlapping), per type and per page, new events, measure changes, actors seeds lacks, dates, duplicates, and the
 * events missed or extracted wrongly, for inspection.
 *
 * @param unreachableMeasures gold changes to measures seeds lack, which no curated measure can match
 * @param newMeasures changes to the candidate measures the extractor wrote, against those gold changes
 * @param datePairs pairs matched leniently, of which {@code exactDates} have the gold's very date and
 * {@code datesWithin} a date within its precision
 */
public record EvaluationReport(String part, Score overall, Score lenient, Map<String, Score> byType,
		Map<String, Score> byPage, Score newEvents, Score measures, int unreachableMeasures, Score newMeasures, Score actors,
		int datePairs, int exactDates, int datesWithin, List<String> curatedDuplicates, int duplicatesAmongNew,
		List<String> missed, List<String> spurious, List<String> dateErrors, List<String> measuresMissed,
		List<String> measuresSpurious, ErrorCauses.Breakdown causes) {

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

	/** Per type and per page, for the console. */
	public String table() {
		StringBuilder out = new StringBuilder();
		out.append("== ").append(part).append(": events by type (date within the gold's precision)\n");
		out.append(header("type"));
		byType.forEach((type, score) -> out.append(row(type, score)));
		out.append(row("overall", overall));
		out.append("== ").append(part).append(": by page\n");
		out.append(header("page"));
		byPage.forEach((page, score) -> out.append(row(page.length() > 40 ? page.substring(0, 40) : page, score)));
		return out.toString();
	}

	/** The headline figures of several parts side by side. */
	public static String sideBySide(List<EvaluationReport> reports) {
		StringBuilder out = new StringBuilder();
		out.append("%-34s".formatted(""));
		reports.forEach(r -> out.append("%22s".formatted(r.part())));
		out.append('\n');
		line(out, "events P / R / F1", reports, r -> prf(r.overall()));
		line(out, "  tp / fp / fn", reports, r -> counts(r.overall()));
		line(out, "events, dates overlapping P / R", reports, r -> pr(r.lenient()));
		line(out, "new events: right / created", reports,
				r -> "%.2f (%d/%d)".formatted(r.newEvents().precision(), r.newEvents().truePositives(),
						r.newEvents().truePositives() + r.newEvents().falsePositives()));
		line(out, "measure changes P / R", reports, r -> pr(r.measures()));
		line(out, "  tp / fp / fn (+ to new measures)", reports, r -> counts(r.measures()) + " +" + r.unreachableMeasures());
		line(out, "measure changes, new measures P / R", reports, r -> pr(r.newMeasures()));
		line(out, "  tp / fp / fn", reports, r -> counts(r.newMeasures()));
		line(out, "new actors P / R", reports, r -> pr(r.actors()));
		line(out, "  tp / fp / fn", reports, r -> counts(r.actors()));
		line(out, "dates exact / within precision", reports,
				r -> "%d / %d of %d".formatted(r.exactDates(), r.datesWithin(), r.datePairs()));
		line(out, "duplicates of curated events", reports, r -> String.valueOf(r.curatedDuplicates().size()));
		line(out, "duplicates among new events", reports, r -> String.valueOf(r.duplicatesAmongNew()));
		return out.toString();
	}

	private static void line(StringBuilder out, String label, List<EvaluationReport> reports,
			java.util.function.Function<EvaluationReport, String> cell) {
		out.append("%-34s".formatted(label));
		reports.forEach(r -> out.append("%22s".formatted(cell.apply(r))));
		out.append('\n');
	}

	private static String prf(Score s) {
		return "%.2f / %.2f / %.2f".formatted(s.precision(), s.recall(), s.f1());
	}

	private static String pr(Score s) {
		return "%.2f / %.2f".formatted(s.precision(), s.recall());
	}

	private static String counts(Score s) {
		return "%d / %d / %d".formatted(s.truePositives(), s.falsePositives(), s.falseNegatives());
	}

	private static String header(String first) {
		return "%-40s %4s %4s %4s %9s %7s %5s%n".formatted(first, "tp", "fp", "fn", "precision", "recall", "f1");
	}

	private static String row(String name, Score s) {
		return "%-40s %4d %4d %4d %9.2f %7.2f %5.2f%n".formatted(name, s.truePositives(), s.falsePositives(),
				s.falseNegatives(), s.precision(), s.recall(), s.f1());
	}

}
