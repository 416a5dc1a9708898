package org.jkgraph.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jkgraph.facts.FactDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which readings may create a new event ({@link NewEventPolicy}), in sentences written for these tests (published
 * 2023-03-17, a Friday): each condition next to the reported act it must leave alone, and a refused reading still
 * supporting the curated event it names.
 */
class NewEventPolicyTests {

	private static Extractor extractor;

	@BeforeAll
	static void extractor() {
		extractor = Extractor.fromSeeds(Path.of("seeds"));
	}

	/** Why the extractor let each trigger of {@code text} go, with no curated events to link to. */
	private static List<String> dropped(String text) {
		List<DroppedTrigger> dropped = new ArrayList<>();
		extractor.extract(List.of(Document.of("test-news", text, FactDate.parse("2023-03-17"))), false, 0.5,
				dropped::add);
		return dropped.stream().map(DroppedTrigger::reason).toList();
	}

	@Test
	void anActNamedAsTheSettingUnderSinceOrAmidCreatesNoEvent() {
		assertThat(EventSummaries.of(extractor, "Ties have improved since Yoon Suk Yeol's visit to Japan.")).isEmpty();
		assertThat(dropped("Ties have improved since Yoon Suk Yeol's visit to Japan."))
			.containsExactly("background: setting 'since'");
		assertThat(dropped("Japan paid the money under Fumio Kishida's pledge to South Korea."))
			.containsExactly("background: setting 'under'");
		assertThat(dropped("Trade fell amid South Korea's criticism of Japan."))
			.containsExactly("background: setting 'amid'");
	}

	@Test
	void theSameActReportedOrNamedAfterTheNewsCreatesAnEvent() {
		assertThat(EventSummaries.of(extractor, "Yoon Suk Yeol's visit to Japan began on Tuesday."))
			.containsExactly("visit 2023-03-14 japan:host,yoon-suk-yeol:guest");
		// "after" places the news after an act that may be the day's own ("after their meeting, they told reporters")
		assertThat(EventSummaries.of(extractor, "Ties improved after the summit between Yoon Suk Yeol and Fumio Kishida."))
			.containsExactly("summit 2023-03 fumio-kishida:participant,yoon-suk-yeol:participant");
	}

	@Test
	void anInPhraseCreatesAnEventOnlyWithADateOfItsOwn() {
		assertThat(EventSummaries.of(extractor, "Yoon Suk Yeol spoke of progress in his summit with Fumio Kishida."))
			.isEmpty();
		assertThat(dropped("Yoon Suk Yeol spoke of progress in his summit with Fumio Kishida."))
			.containsExactly("background: undated 'in' phrase");
		assertThat(EventSummaries.of(extractor,
				"Yoon Suk Yeol spoke of progress in his summit with Fumio Kishida on Tuesday."))
			.containsExactly("summit 2023-03-14 fumio-kishida:participant,yoon-suk-yeol:participant");
	}

	@Test
	void aPerfectOfDurationIsAStanceAndCreatesNoEventWhileAPlainPerfectDoes() {
		assertThat(EventSummaries.of(extractor, "Lee Jae-myung has long criticized Japan.")).isEmpty();
		assertThat(dropped("Lee Jae-myung has always criticized Japan over its wartime past."))
			.containsExactly("background: perfect of duration");
		assertThat(EventSummaries.of(extractor, "Lee Jae-myung has criticized Japan."))
			.containsExactly("criticism 2023-03 japan:target,lee-jae-myung:initiator");
	}

	@Test
	void anUndatedAdverbialClauseCreatesNoEventWhileADatedOneOrAMainClauseDoes() {
		assertThat(dropped("Relations improved after Japan lifted its export controls on South Korea."))
			.containsExactly("background: undated adverbial clause");
		assertThat(EventSummaries.of(extractor,
				"Relations improved after Japan lifted its export controls on South Korea on Tuesday."))
			.containsExactly("controls_eased 2023-03-14 japan:initiator,south-korea:beneficiary");
		assertThat(EventSummaries.of(extractor, "Japan lifted its export controls on South Korea."))
			.containsExactly("controls_eased 2023-03 japan:initiator,south-korea:beneficiary");
	}

	@Test
	void consentToAThingIsNoPledgeWhileAgreeingToActIs() {
		assertThat(dropped("South Korea agreed to the listing of the mine."))
			.containsExactly("consent to a thing, not an act");
		assertThat(EventSummaries.of(extractor, "South Korea agreed to share intelligence with Japan."))
			.containsExactly("pledge 2023-03 japan:participant,south-korea:initiator");
	}

	@Test
	void aReadingRefusedCreationStillSupportsTheCuratedEventItNames() {
		Extraction extraction = extractor.extract(List.of(Document.of("test-news",
				"Relations thawed after Japan lifted its export controls on South Korea.", FactDate.parse("2023-03-17"))),
				true, 0.5);

		assertThat(extraction.eventFacts()).isEmpty();
		assertThat(extraction.mentions()).singleElement()
			.satisfies(mention -> assertThat(mention.event()).isEqualTo("2023-03-16-japan-to-lift-export-controls"));
	}

}
