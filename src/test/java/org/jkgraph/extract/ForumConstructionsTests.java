package org.jkgraph.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Multilateral forums, in sentences written for these tests (published 2023-03-17, a Friday): a forum's own
 * gathering is no bilateral event, while the leaders meeting on its sidelines, or three leaders meeting, are.
 */
class ForumConstructionsTests {

	private static Extractor extractor;

	@BeforeAll
	static void extractor() {
		extractor = Extractor.fromSeeds(Path.of("seeds"));
	}

	@Test
	void aForumsOwnSummitCreatesNoEvent() {
		assertThat(EventSummaries.of(extractor, "The G7 summit opened in a seaside town of southern France on Tuesday."))
			.isEmpty();
		assertThat(EventSummaries.of(extractor, "APEC leaders met in a port city on Tuesday to discuss supply chains."))
			.isEmpty();
	}

	@Test
	void twoLeadersMeetingOnTheSidelinesOfAForumHoldTheirOwnSummit() {
		assertThat(EventSummaries.of(extractor,
				"Yoon Suk Yeol and Fumio Kishida met on the sidelines of the ASEAN summit on Tuesday."))
			.containsExactly("summit 2023-03-14 fumio-kishida:participant,yoon-suk-yeol:participant");
	}

	@Test
	void threeLeadersMeetingOutsideAnyForumHoldATrilateralSummit() {
		assertThat(EventSummaries.of(extractor,
				"Joe Biden, Yoon Suk Yeol and Fumio Kishida held a trilateral summit on Tuesday."))
			.containsExactly("summit 2023-03-14 fumio-kishida:participant,joe-biden:participant,yoon-suk-yeol:participant");
	}

}
