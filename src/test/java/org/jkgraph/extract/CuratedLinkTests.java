package org.jkgraph.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jkgraph.facts.FactDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which curated event a reading becomes, and how it is scored: a linked reading is shown as that event (its date at
 * its precision), so a link must be strict and the score must judge the curated event the user will see.
 */
class CuratedLinkTests {

	private static Extractor extractor;

	@BeforeAll
	static void extractor() {
		extractor = Extractor.fromSeeds(Path.of("seeds"));
	}

	private static Extraction extract(String text, String published) {
		return extractor.extract(List.of(Document.of("test-news", text, FactDate.parse(published))), true, 0.5);
	}

	@Test
	void scoresAReadingLinkedToACuratedEventByThatEventsDayWhileItsMentionKeepsTheTextsYear(@TempDir Path dir)
			throws IOException {
		Extraction extraction = extract("Japan tightened export controls on South Korea in 2019.", "2023-03-16");

		assertThat(extraction.mentions()).singleElement().satisfies(mention -> {
			assertThat(mention.event()).isEqualTo("2019-07-01-japan-tightens-export-controls");
			assertThat(mention.date()).hasToString("2019");
		});
		Path gold = dir.resolve("gold.yaml");
		Files.writeString(gold, """
				events:
				  - id: gold-controls
				    type: export_controls
				    date: "2019-07-01"
				    title: Japan tightens its export controls on South Korea
				    participants:
				      - {actor: japan, role: initiator}
				      - {actor: south-korea, role: target}
				    sources:
				      - {source: test-news, locator: "para 1"}
				""");
		EvaluationReport report = extractor.evaluate("test", extraction,
				GoldStandard.read(gold, extractor.eventTypes(), extractor::knows, extractor::knows), source -> source,
				List.of());

		assertThat(report.overall()).isEqualTo(new EvaluationReport.Score(1, 0, 0));
		assertThat(report.exactDates()).isEqualTo(1);
	}

	@Test
	void linksAVisitReadOnlyByTheStorysDayToNoCuratedMeetingOfThatDay() {
		// the curated graph holds Park Jin's talks with Hayashi on 18 July 2022 (a meeting), not his visit
		Extraction extraction = extract("Foreign Minister Park Jin visited Japan.", "2022-07-18");

		assertThat(extraction.mentions()).isEmpty();
		assertThat(extraction.events()).singleElement().satisfies(event -> {
			assertThat(event.type()).isEqualTo("visit");
			assertThat(event.isNew()).isTrue();
		});
	}

	@Test
	void linksAnotherTypeOfTheFamilyOnTheDayTheSentenceGives() {
		Extraction extraction = extract("Foreign Minister Park Jin visited Japan on Monday.", "2022-07-19");

		assertThat(extraction.mentions()).extracting(EventMention::event)
			.containsOnly("2022-07-18-park-jin-hayashi-tokyo-talks");
	}

	@Test
	void linksAnUndatedReportToNoCuratedEventAfterItsPublication() {
		// the Tokyo summit of 16 March 2023 lies after a text published on the 10th
		Extraction early = extract("Yoon Suk Yeol and Fumio Kishida held a summit.", "2023-03-10");
		Extraction after = extract("Yoon Suk Yeol and Fumio Kishida held a summit.", "2023-03-20");

		assertThat(early.mentions()).extracting(EventMention::event).doesNotContain("2023-03-16-tokyo-summit");
		assertThat(after.mentions()).extracting(EventMention::event).contains("2023-03-16-tokyo-summit");
	}

	@Test
	void createsNoEventFromAnAnalysisSentenceDatedOnlyByThePublicationYear() {
		String text = "Japan criticised South Korea over the naval radar dispute.";
		Document analysis = new Document("test-analysis", text, FactDate.parse("2019-05-01"), null, null, null, null,
				"analysis", false);

		assertThat(extractor.extract(List.of(analysis), true, 0.5).newEvents()).isZero();
		assertThat(extract(text, "2019-05-01").events()).singleElement().satisfies(event -> {
			assertThat(event.type()).isEqualTo("criticism");
			assertThat(event.date()).hasToString("2019-05");
		});
	}

	@Test
	void linksAMonthDatedSummitToTheCuratedEventWithTheVerySidesTheTextNames() {
		// November 2022 holds Yoon and Kishida's own summit, the ASEAN summits they attended, and a trilateral with Biden
		Extraction extraction = extract("Yoon Suk Yeol and Fumio Kishida held a summit in November.", "2023-03-16");

		assertThat(extraction.mentions()).extracting(EventMention::event)
			.containsOnly("2022-11-13-yoon-kishida-phnom-penh-summit");
	}

}
