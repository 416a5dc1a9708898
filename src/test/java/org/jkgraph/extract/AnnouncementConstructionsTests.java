package org.jkgraph.extract;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decisions and announcements: "decide", "announce that", "endorse a plan" over another trigger report that trigger's
 * event as announced (with the deciding side, or the that-clause's own subject); with no reported trigger inside they
 * are an announcement of their own.
 */
class AnnouncementConstructionsTests {

	private static Extractor extractor;

	@BeforeAll
	static void extractor() {
		extractor = Extractor.fromSeeds(Path.of("seeds"));
	}

	private static List<String> events(String text) {
		return EventSummaries.of(extractor, text);
	}

	@Test
	void aDecisionToActReportsTheActAnnouncedByTheDecidingSide() {
		assertThat(events("Japan decided on Thursday to impose export curbs on South Korea."))
			.containsExactly("export_controls 2023-03-16 japan:initiator,south-korea:target");
	}

	@Test
	void anAnnouncementThatAClauseWillHappenReportsThatClausesEventWithItsOwnSubject() {
		assertThat(events("South Korea announced on Thursday that Japan would lift its export curbs on South Korea."))
			.containsExactly("controls_eased 2023-03-16 japan:initiator,south-korea:beneficiary");
	}

	@Test
	void aDecisionWithNoEventOfOursInsideIsAnAnnouncementOfItsOwn() {
		assertThat(events("South Korea decided on Thursday that its president will not travel to Japan."))
			.containsExactly("announcement 2023-03-16 south-korea:initiator");
		assertThat(events("On Thursday the Japanese cabinet endorsed a plan to give the fund 1 billion yen."))
			.containsExactly("announcement 2023-03-16 japan:initiator");
	}

	@Test
	void aDateInsideTheDecidedClauseDoesNotDateTheDecision() {
		// "next week" is the visit's; "has decided" is a perfect and ", … announced on Thursday" another clause, so the
		// decision takes the month of the report, as a guess
		assertThat(events("South Korea has decided its president will not go to Japan next week, the Blue House announced on Thursday."))
			.containsExactly("announcement 2023-03 south-korea:initiator");
	}

	@Test
	void aParticipleAfterANounNamesItsTopicNotADecision() {
		assertThat(events("Park Jin speaks at a briefing announcing a plan to fund the victims, in Seoul on Thursday.")).isEmpty();
	}

	@Test
	void announcingAPlanThatIsAnEventOfOursReportsThatEventAlone() {
		assertThat(events("South Korea on Thursday announced a compensation plan for the victims of forced labour."))
			.extracting(event -> event.split(" ")[0]).containsExactly("compensation_plan");
	}

	@Test
	void aDecisionStillToComeOrConditionalIsNone() {
		assertThat(events("Japan is expected to decide on Thursday whether to lift its curbs.")).isEmpty();
		assertThat(events("If South Korea decides to end the pact, Japan will protest.")).isEmpty();
	}

}
