package org.jkgraph.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jkgraph.facts.FactDate;
import org.jkgraph.facts.MeasureChange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How measure changes are scored when the gold names a measure by words ({@code {measure: {name: …}}}): a name that
 * stands for a curated measure, by the rule the extractor reads a curated measure in other words with, is scored in
 * the known-measures row as that measure; any other name stays a measure seeds lack. Gold files are written here.
 */
class MeasureScoringTests {

	private static Extractor extractor;

	@TempDir
	Path dir;

	@BeforeAll
	static void extractor() {
		extractor = Extractor.fromSeeds(Path.of("seeds"));
	}

	private static Extraction extract(String text, String published) {
		return extractor.extract(List.of(Document.of("test-news", text, FactDate.parse(published))), true, 0.5);
	}

	private EvaluationReport score(Extraction extraction, String goldEvents) throws IOException {
		Path gold = dir.resolve("gold.yaml");
		Files.writeString(gold, "events:\n" + goldEvents);
		return extractor.evaluate("test", extraction,
				GoldStandard.read(gold, extractor.eventTypes(), extractor::knows, extractor::knows), source -> source,
				List.of());
	}

	/** A gold event of one measure change, its measure written by name. */
	private static String goldChange(String type, String date, String initiator, String target, String measureName,
			String change) {
		return """
				  - id: gold-%s
				    type: %s
				    date: "%s"
				    title: A change written for this test
				    participants:
				      - {actor: %s, role: initiator}
				      - {actor: %s, role: target}
				    measures:
				      - {measure: {name: "%s"}, change: %s}
				    sources:
				      - {source: test-news, locator: "para 1"}
				""".formatted(type, type, date, initiator, target, measureName, change);
	}

	@Test
	void aGoldMeasureNamedInOtherWordsIsTheCuratedMeasureTheExtractorLinkedTheChangeTo() throws IOException {
		Extraction extraction = extract("Seoul suspended its agreement on intelligence-sharing with Tokyo on Thursday.",
				"2019-08-23");
		assertThat(extraction.events()).flatExtracting(ExtractedEvent::measures)
			.containsExactly(new MeasureChange("gsomia", "suspend", null));

		EvaluationReport report = score(extraction, goldChange("pact_termination", "2019-08-22", "south-korea", "japan",
				"Seoul's military secrets pact with Tokyo", "suspend"));

		// right in the known-measures row; no gold change is left for measures seeds lack
		assertThat(report.measures()).isEqualTo(new EvaluationReport.Score(1, 0, 0));
		assertThat(report.newMeasures()).isEqualTo(new EvaluationReport.Score(0, 0, 0));
		assertThat(report.unreachableMeasures()).isZero();
	}

	@Test
	void aGoldMeasureNamedByACuratedMeasuresCuePhraseIsThatMeasure() throws IOException {
		Extraction extraction = extract("Seoul suspended its agreement on intelligence-sharing with Tokyo on Thursday.",
				"2019-08-23");

		EvaluationReport report = score(extraction, goldChange("pact_termination", "2019-08-22", "south-korea", "japan",
				"the bilateral GSOMIA", "suspend"));

		assertThat(report.measures()).isEqualTo(new EvaluationReport.Score(1, 0, 0));
	}

	@Test
	void aGoldMeasureWhoseSidesFitNoCuratedMeasureStaysAMeasureSeedsLack() throws IOException {
		// South Korea's curated ban on Japanese fishery imports shares "ban" and "import", but China imposes this one
		Extraction extraction = extract("China banned seafood from Japan on Thursday.", "2023-08-25");

		EvaluationReport report = score(extraction, goldChange("sanctions", "2023-08-24", "china", "japan",
				"China's ban on seafood imports from Japan", "impose"));

		assertThat(report.newMeasures()).isEqualTo(new EvaluationReport.Score(1, 0, 0));
		assertThat(report.measures()).isEqualTo(new EvaluationReport.Score(0, 0, 0));
		assertThat(report.unreachableMeasures()).isEqualTo(1);
	}

	@Test
	void aGoldMeasureNamingTwoCuratedMeasuresEquallyNamesNeither() throws IOException {
		// Japan filed two curated WTO complaints over Korean support for shipbuilding, in the same words; by March
		// 2020 both existed
		EvaluationReport report = score(extract("Nothing happened.", "2020-03-11"), goldChange("trade_complaint",
				"2020-03-10", "japan", "south-korea", "Tokyo's complaint on commercial vessel subsidies", "file"));

		assertThat(report.unreachableMeasures()).isEqualTo(1);
		assertThat(report.measures()).isEqualTo(new EvaluationReport.Score(0, 0, 0));
	}

	@Test
	void aGoldMeasureNamedLikeTwoCuratedMeasuresIsTheOneThatExistedOnItsDate() throws IOException {
		// the second shipbuilding complaint came in 2020: a filing of 2018 is the first
		EvaluationReport report = score(extract("Nothing happened.", "2018-11-07"), goldChange("trade_complaint",
				"2018-11-06", "japan", "south-korea", "Tokyo's complaint on commercial vessel subsidies", "file"));

		assertThat(report.unreachableMeasures()).isZero();
		assertThat(report.measuresMissed()).singleElement().asString().startsWith("japan-wto-complaint-ds571 ");
	}

	@Test
	void aGoldMeasureNamedBeforeTheCuratedMeasureExistedIsNotThatMeasure() throws IOException {
		// the curated trilateral data sharing began in 2023; an arrangement signed years before is another one
		EvaluationReport report = score(extract("Nothing happened.", "2014-12-30"), goldChange("cooperation",
				"2014-12-29", "south-korea", "japan", "trilateral missile warning data sharing arrangement", "sign"));

		assertThat(report.unreachableMeasures()).isEqualTo(1);
	}

	@Test
	void aGoldChangeLinkedToACuratedMeasureAndMissedIsListedWithTheGoldsName() throws IOException {
		EvaluationReport report = score(extract("Nothing happened.", "2019-08-23"), goldChange("pact_termination",
				"2019-08-22", "south-korea", "japan", "Seoul's military secrets pact with Tokyo", "suspend"));

		assertThat(report.measures()).isEqualTo(new EvaluationReport.Score(0, 0, 1));
		assertThat(report.measuresMissed()).singleElement().asString()
			.startsWith("gsomia (named 'Seoul's military secrets pact with Tokyo') suspend 2019-08-22");
	}

}
