package org.jkgraph.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Criticism and praise voiced without a verb of criticism or praise: an evaluative adjective (its polarity from
 * WordNet's adjective clusters around triggers.yaml's seed senses) after "call", "describe … as", "deem", or as the
 * predicate of a copula a speech verb reports. The adjectives used here ("objectionable", "improper", "unwarranted",
 * "lamentable", "constructive") are in no listed class: each event comes from the WordNet expansion.
 */
class EvaluationConstructionsTests {

	private static Extractor extractor;

	private static Map<String, List<String>> classes;

	@BeforeAll
	static void extractor() {
		extractor = Extractor.fromSeeds(Path.of("seeds"));
		classes = EvaluativeWords.classes(Map.of("negative", List.of("unacceptable#2", "inappropriate#1", "unjustified#1",
				"deplorable#1"), "positive", List.of("positive#1")), WordNet.instance());
	}

	private static List<String> events(String text) {
		return EventSummaries.of(extractor, text);
	}

	@Test
	void aSeedHeadingASmallClusterBringsItsSatellitesAndASatelliteSeedOnlyItsOwnSynonyms() {
		assertThat(classes.get("negative")).contains("unacceptable", "objectionable", "exceptionable", "improper",
				"wrong", "unwarranted", "undue", "lamentable");
		assertThat(classes.get("positive")).contains("positive", "constructive", "optimistic");
		// deplorable#1 is a satellite of "bad": the head and its cluster are not followed
		assertThat(classes.get("negative")).doesNotContain("bad", "unfortunate", "homeless");
	}

	@Test
	void aHeadWithAWideClusterKeepsOnlyItsOwnWords() {
		Map<String, List<String>> wide = EvaluativeWords.classes(Map.of("negative", List.of("illegal#1")), WordNet.instance());
		assertThat(wide.get("negative")).contains("illegal").doesNotContain("contraband", "hot", "penal");
	}

	@Test
	void callingAnActByANegativeAdjectiveIsCriticismOfItsAuthor() {
		assertThat(events("South Korea on Thursday called Japan's decision objectionable."))
			.containsExactly("criticism 2023-03-16 japan:target,south-korea:initiator");
		assertThat(events("On Thursday South Korea described Japan's move as unwarranted."))
			.containsExactly("criticism 2023-03-16 japan:target,south-korea:initiator");
	}

	@Test
	void callingItByAPositiveAdjectiveIsPraise() {
		assertThat(events("Japan on Thursday called South Korea's proposal constructive."))
			.containsExactly("praise 2023-03-16 japan:initiator,south-korea:target");
	}

	@Test
	void aCopulaEvaluationReportedBySpeechIsTheSpeakersCriticismOfTheActsOwner() {
		assertThat(events("Japan's plan to tighten its rules was a very grave matter, South Korea's foreign ministry said on Thursday."))
			.containsExactly("criticism 2023-03-16 japan:target,korea-ministry-of-foreign-affairs:initiator");
		assertThat(events("Tokyo's decision is lamentable, said Seoul on Thursday."))
			.containsExactly("criticism 2023-03-16 japan:target,south-korea:initiator");
		assertThat(events("South Korea said on Thursday that Japan's move was improper."))
			.containsExactly("criticism 2023-03-16 japan:target,south-korea:initiator");
	}

	@Test
	void aCopulaEvaluationThatIsModalNegatedAskedUnownedOrUnreportedIsNoEvent() {
		assertThat(events("Japan's plan would be a grave matter, South Korea said on Thursday.")).isEmpty();
		assertThat(events("Japan's plan was not improper, South Korea said on Thursday.")).isEmpty();
		assertThat(events("Was Japan's plan improper, South Korea said on Thursday?")).isEmpty();
		assertThat(events("The situation was grave, South Korea said on Thursday.")).isEmpty();
		assertThat(events("Japan's plan was improper in many ways.")).isEmpty();
	}

	@Test
	void aQuotedOpinionIsLeftToTheQuotationReading() {
		assertThat(events("\"Japan's decision to tighten its rules on exports is regrettable and improper for our ties,\" South Korea said on Thursday."))
			.isEmpty();
	}

}
