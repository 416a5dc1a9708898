package org.jkgraph.extract;

import java.nio.file.Path;
import java.util.List;

import org.jkgraph.facts.FactDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A group the text points at without saying whose ("16 student activists", "the plaintiffs") takes the country the
 * passage is set in — where its places lie, whose police or courts act —, and stays no actor when two countries
 * compete.
 */
class GroupSettingTests {

	private static Extractor extractor;

	@BeforeAll
	static void extractor() {
		extractor = Extractor.fromSeeds(Path.of("seeds"));
	}

	private static List<CandidateActor> groups(String text) {
		return extractor.extract(List.of(Document.of("test-news", text, FactDate.parse("2023-08-25"))), false, 0.5)
			.actors()
			.stream()
			.filter(actor -> actor.kind().equals("group"))
			.toList();
	}

	@Test
	void givesANumberedGroupTheCountryOfThePlaceTheSentenceNames() {
		assertThat(groups("On Thursday 16 student activists protested against Japan in Seoul."))
			.extracting(CandidateActor::name, CandidateActor::country)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("16 student activists", "south-korea"));
	}

	@Test
	void givesAGroupTheCountryWhosePoliceTheSentenceBeforeNames() {
		assertThat(groups("South Korean police detained dozens of people near the embassy on Thursday.\n"
				+ "The protesters denounced Japan on Thursday."))
			.extracting(CandidateActor::name, CandidateActor::country)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("protesters", "south-korea"));
	}

	@Test
	void leavesAGroupWithoutACountryNoActorWhenTwoCountriesCompete() {
		assertThat(groups("Officials met in Tokyo on Wednesday.\n"
				+ "On Thursday 16 student activists protested against Japan in Seoul.")).isEmpty();
	}

	@Test
	void leavesABarePluralNoActor() {
		assertThat(groups("Activists protested against Japan in Seoul on Thursday.")).isEmpty();
	}

}
