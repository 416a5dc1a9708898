package org.jkgraph.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jkgraph.facts.FactDate;
import org.jkgraph.facts.MeasureChange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The extractor on texts written for these tests (src/test/resources/extract/), with exact expected facts. */
class ExtractorTests {

	private static Extractor extractor;

	@BeforeAll
	static void extractor() {
		extractor = Extractor.fromSeeds(Path.of("seeds"));
	}

	private static String text(String name) throws IOException {
		return Files.readString(Path.of("src/test/resources/extract", name));
	}

	private static Extraction extract(String text, String published) {
		return extractor.extract(List.of(Document.of("test-news", text, FactDate.parse(published))), false, 0.5);
	}

	/** type date participant:role,… for each event. */
	private static List<String> summary(Extraction extraction) {
		return extraction.eventFacts().stream().map(event -> {
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> participants = (List<Map<String, Object>>) event.get("participants");
			return event.get("type") + " " + event.get("date") + " "
					+ participants.stream().map(p -> p.get("actor") + ":" + p.get("role")).collect(Collectors.joining(","));
		}).toList();
	}

	@Test
	void extractsExactlyTheAssertedAndAnnouncedEventsWithRelativeDatesResolved() throws IOException {
		Extraction extraction = extract(text("summit-week.txt"), "2023-03-17");

		assertThat(summary(extraction)).containsExactly(
				"missile_launch 2019 north-korea:initiator",
				"missile_launch 2022-11 north-korea:initiator",
				"compensation_plan 2023-03 south-korea:initiator",
				"controls_eased 2023-03-16 japan:initiator,south-korea:beneficiary",
				"summit 2023-03-16 fumio-kishida:participant,yoon-suk-yeol:participant");
	}

	@Test
	void datesANewsReportsUndatedSentencesToItsStoryDayUnlessThePerfectPutsThemBefore() {
		String text = "Prime Minister Fumio Kishida yesterday called on President Yoon Suk Yeol to help keep the peace.\n"
				+ "The two leaders met in Tokyo.\n"
				+ "Yoon has praised Kishida.";
		assertThat(summary(extract(text, "2023-03-17")))
			.contains("demand 2023-03-16 fumio-kishida:initiator,yoon-suk-yeol:target")
			.contains("summit 2023-03-16 yoon-suk-yeol:participant,fumio-kishida:participant")
			.contains("praise 2023-03 yoon-suk-yeol:initiator,fumio-kishida:target");
	}

	@Test
	void keepsADateInsideAnAdverbialClauseToThatClause() {
		String text = "Since taking office in June, Yoon met Kishida in Tokyo.";
		assertThat(summary(extract(text, "2022-09-30")))
			.contains("leadership_change 2022-06 yoon-suk-yeol:subject")
			.noneMatch(line -> line.startsWith("summit") && line.contains("2022-06"));
	}

	@Test
	void readsAFamilyNameAloneAsThePersonNamedInFullAndTheyAsTheTwoLeaders() {
		String text = "President Yoon Suk Yeol arrived in Tokyo on Thursday.\n"
				+ "Yoon met Prime Minister Fumio Kishida at his residence.\n"
				+ "They agreed to resume shuttle diplomacy.";
		assertThat(summary(extract(text, "2023-03-17")))
			.contains("summit 2023-03-16 yoon-suk-yeol:participant,fumio-kishida:participant")
			.anyMatch(line -> line.startsWith("pledge 2023-03-16") && line.contains("yoon-suk-yeol")
					&& line.contains("fumio-kishida"));
	}

	@Test
	void readsAGroupSeedsLackByItsHeadNounAfterADemonymOrFormerButNotFromABarePlural() {
		String text = "South Korean activists staged a sit-in against Japan in Busan on Wednesday.\n"
				+ "Former residents of the islands sued Japan last year.\n"
				+ "Activists protested against Japan on Thursday.";
		Extraction extraction = extract(text, "2017-01-06");
		assertThat(summary(extraction))
			.contains("protest 2017-01-04 south-korean-activists:initiator,japan:target")
			.contains("lawsuit 2016 former-residents:plaintiff,japan:defendant")
			.noneMatch(line -> line.startsWith("protest 2017-01-05"));
		assertThat(extraction.actors()).extracting(CandidateActor::id, CandidateActor::kind, CandidateActor::country)
			.containsExactlyInAnyOrder(tuple("south-korean-activists", "group", "south-korea"),
					tuple("former-residents", "group", null));
	}

	@Test
	void readsADefiniteDescriptionAsTheBodyNamedBeforeAndLeadersOfACountryAsThatCountry() {
		String text = "South Korea's foreign ministry on Thursday expressed regret over the offering.\n"
				+ "The ministry also urged leaders of Japan to face history.";
		assertThat(summary(extract(text, "2024-10-18")))
			.contains("demand 2024-10-17 korea-ministry-of-foreign-affairs:initiator,japan:target");
	}

	@Test
	void resolvesACounterpartThroughTheOfficesOnTheDay() {
		assertThat(summary(extract("President Yoon Suk Yeol met his Japanese counterpart in Tokyo on Thursday.",
				"2023-03-17")))
			.containsExactly("summit 2023-03-16 yoon-suk-yeol:participant,fumio-kishida:participant");
	}

	@Test
	void dropsAMeetingWithOneSideAndFoldsAMeetingIntoTheSummitOfTheSameReport() {
		assertThat(summary(extract("At the beginning of his meeting on Thursday, Kishida spoke of history.",
				"2023-03-17"))).isEmpty();
	}

	@Test
	void leavesOutWhatACourtOrdersAndHedgedEvents() {
		assertThat(summary(extract("A Seoul court on Thursday ordered Japan to compensate the victims.", "2023-03-17")))
			.noneMatch(line -> line.startsWith("compensation_plan"));
		assertThat(summary(extract("Kishida is unlikely to visit Seoul on Thursday.", "2023-03-17"))).isEmpty();
	}

	@Test
	void leavesOutNegatedAndSpeculativeEvents() throws IOException {
		Extraction extraction = extract(text("summit-week.txt"), "2023-03-17");

		assertThat(summary(extraction)).noneMatch(line -> line.startsWith("apology"))
			.noneMatch(line -> line.contains("shuttle"));
		assertThat(summary(extract("Kishida did not apologise on Thursday.", "2023-03-17"))).isEmpty();
		assertThat(summary(extract("Kishida is expected to apologise on Thursday.", "2023-03-17"))).isEmpty();
		assertThat(summary(extract("Kishida apologised on Thursday.", "2023-03-17")))
			.containsExactly("apology 2023-03-16 fumio-kishida:initiator");
	}

	@Test
	void marksAnnouncedStepsAndLowersTheirConfidence() {
		Map<String, Object> announced = extract("Japan will lift its export curbs on South Korea on Friday.", "2023-03-17")
			.eventFacts().getFirst();
		Map<String, Object> done = extract("Japan lifted its export curbs on South Korea on Friday.", "2023-03-17")
			.eventFacts().getFirst();

		assertThat(announced).containsEntry("date", "2023-03-17").containsKey("notes");
		assertThat((double) announced.get("confidence")).isLessThan((double) done.get("confidence"));
		assertThat(done).doesNotContainKey("notes");
	}

	@Test
	void resolvesAnOfficeToItsHolderOnTheEventsDate() {
		assertThat(summary(extract("The Japanese prime minister visited Seoul in 2019.", "2023-03-17")))
			.containsExactly("visit 2019 shinzo-abe:guest,south-korea:host");
		assertThat(summary(extract("The Japanese prime minister visited Seoul on Thursday.", "2023-03-17")))
			.containsExactly("visit 2023-03-16 fumio-kishida:guest,south-korea:host");
	}

	@Test
	void findsTheSubjectPastARelativeClauseAndLeavesOutGenericPlurals() {
		assertThat(summary(extract("Kishida, who leads the ruling party, visited Seoul on Sunday.", "2023-05-08")))
			.containsExactly("visit 2023-05-07 fumio-kishida:guest,south-korea:host");
		assertThat(summary(extract("Pyongyang's missile launches worry Tokyo.", "2023-05-08"))).isEmpty();
	}

	@Test
	void readsANounAfterAPossessiveAsTheEventNotAsAVerb() {
		assertThat(summary(extract("Seoul welcomed Kishida's visit on Sunday.", "2023-05-08")))
			.contains("visit 2023-05-07 fumio-kishida:guest")
			.noneMatch(line -> line.startsWith("visit") && line.contains("south-korea:guest"));
	}

	@Test
	void repeatsTheEventJustReportedForAnActorThatFollowsSuit() {
		String text = "In August 2019 Japan removed South Korea from its white list, and in September 2019 South Korea did the same.";

		assertThat(summary(extract(text, "2023-03-17"))).containsExactly(
				"trade_status_downgrade 2019-08 japan:initiator,south-korea:target",
				"trade_status_downgrade 2019-09 south-korea:initiator,japan:target");
	}

	@Test
	void citesEachMentionWithTheSentenceAndItsOffsets() throws IOException {
		String text = text("summit-week.txt");
		Map<String, Object> summit = extract(text, "2023-03-17").eventFacts().getLast();

		@SuppressWarnings("unchecked")
		Map<String, Object> citation = ((List<Map<String, Object>>) summit.get("sources")).getFirst();
		@SuppressWarnings("unchecked")
		Map<String, Object> evidence = (Map<String, Object>) citation.get("evidence");
		assertThat(citation).containsEntry("source", "test-news").containsEntry("locator", "sentence 2");
		assertThat(text.substring((int) evidence.get("start"), (int) evidence.get("end"))).isEqualTo(evidence.get("sentence"));
		assertThat(summit).containsEntry("method", "extracted").containsEntry("place", "tokyo");
	}

	@Test
	void mergesMentionsOfOneEventAndRecordsThemAsMentionsOfTheCuratedEventWithoutRewritingIt() {
		String text = "North Korea fired a long-range missile on Thursday.\n\nThe North launched an ICBM on Thursday morning.";
		Extraction alone = extractor.extract(List.of(Document.of("test-news", text, FactDate.parse("2023-03-17"))), false, 0.5);
		Extraction merged = extractor.extract(List.of(Document.of("test-news", text, FactDate.parse("2023-03-17"))), true, 0.5);

		assertThat(alone.eventFacts()).hasSize(1);
		assertThat((List<?>) alone.eventFacts().getFirst().get("sources")).hasSize(2);
		assertThat(merged.newEvents()).isZero();
		assertThat(merged.eventFacts()).isEmpty();
		assertThat(merged.mentions()).extracting(EventMention::event, EventMention::source, EventMention::locator)
			.containsExactlyInAnyOrder(tuple("2023-03-16-north-korea-fires-icbm", "test-news", "sentence 1"),
					tuple("2023-03-16-north-korea-fires-icbm", "test-news", "sentence 2"));
		assertThat(merged.events()).singleElement().satisfies(event -> {
			assertThat(event.supports()).isEqualTo("2023-03-16-north-korea-fires-icbm");
			assertThat(event.date()).hasToString("2023-03-16");
		});
	}

	@Test
	void readsSuspendingATerminationAsAConcessionThatKeepsThePactInForce() {
		ExtractedEvent event = extractor.extract(List.of(Document.of("test-news",
				"South Korea suspended the termination of GSOMIA with Japan on Friday.", FactDate.parse("2019-11-23"))), true,
				0.5).events().getFirst();

		assertThat(event.type()).isEqualTo("policy_reversal");
		assertThat(event.measures()).containsExactly(new MeasureChange("gsomia", "suspend_termination", null));
		assertThat(event.date()).hasToString("2019-11-22");
	}

	@Test
	void readsAMeasureTheTriggerNamesGenericallyAsTheOneTheDocumentNamedLastAndAPartialLiftAsEasing() {
		Extraction extraction = extract("Last July, Japan tightened export controls on South Korea.\n"
				+ "Japan partially lifted its restrictions in December.", "2020-01-26");

		assertThat(extraction.events()).filteredOn(event -> event.type().equals("controls_eased")).singleElement()
			.satisfies(event -> assertThat(event.measures())
				.containsExactly(new MeasureChange("japan-export-controls-2019", "ease", null)));
	}

	@Test
	void readsAnAgentlessPassivePlacedInACapitalAsThatGovernmentsAct() {
		assertThat(summary(extract("The proposal was welcomed in Tokyo on Monday.", "2023-03-07")))
			.containsExactly("praise 2023-03-06 japan:initiator");
	}

	@Test
	void findsAPersonSeedsLackNamedInAppositionWithATitle() {
		Extraction extraction = extract("Han Do-yun, the chief of South Korea's spy agency, condemned Japan on Thursday.",
				"2019-08-23");

		assertThat(extraction.actors()).singleElement().satisfies(actor -> {
			assertThat(actor.name()).isEqualTo("Han Do-yun");
			assertThat(actor.country()).isEqualTo("south-korea");
		});
	}

	@Test
	void readsAMeasureChangeWithTheDayItTakesEffectApartFromTheDayItWasDecided() {
		Extraction extraction = extract("Japan removed South Korea from its white list on Friday, effective Aug. 28.",
				"2019-08-03");

		assertThat(extraction.events()).singleElement().satisfies(event -> {
			assertThat(event.type()).isEqualTo("trade_status_downgrade");
			assertThat(event.date()).hasToString("2019-08-02");
			assertThat(event.measures()).containsExactly(new MeasureChange("japan-white-list-removal-2019", "impose",
					FactDate.parse("2019-08-28")));
		});
	}

	@Test
	void makesATitledPersonSeedsLackACandidateActorWithTitleAndCountry() {
		Extraction extraction = extract(
				"On Saturday Seoul's Vice Foreign Minister Choi Jong-kun summoned Tokyo's envoy.", "2021-07-19");

		assertThat(extraction.actors()).singleElement().satisfies(actor -> {
			assertThat(actor.name()).isEqualTo("Choi Jong-kun");
			assertThat(actor.title()).isEqualTo("Vice Foreign Minister");
			assertThat(actor.country()).isEqualTo("south-korea");
		});
		assertThat(summary(extraction)).singleElement().asString().startsWith("protest 2021-07-17 choi-jong-kun:initiator");
		assertThat(extraction.facts()).anySatisfy(fact -> assertThat(fact).containsEntry("fact", "actor")
			.containsEntry("id", "choi-jong-kun").containsEntry("method", "extracted"));
	}

	@Test
	void givesAPersonTitledByAGovernmentOrganTheCountryOfTheSubjectBefore() {
		Extraction extraction = extract("On Thursday China stopped all imports of Japanese fish. Ministry of Commerce "
				+ "spokesperson Wang Lixin condemned the discharge on Thursday.", "2023-08-25");

		assertThat(extraction.actors()).singleElement().satisfies(actor -> {
			assertThat(actor.name()).isEqualTo("Wang Lixin");
			assertThat(actor.title()).isEqualTo("Ministry of Commerce spokesperson");
			assertThat(actor.country()).isEqualTo("china");
		});
		// a bare title names no organ: no country is guessed for it
		Extraction bare = extract("On Thursday China stopped all imports of Japanese fish. Spokesperson Wang Lixin "
				+ "condemned the discharge on Thursday.", "2023-08-25");
		assertThat(bare.actors()).singleElement().satisfies(actor -> assertThat(actor.country()).isNull());
	}

	@Test
	void readsAStateBodyPlacedInACountryAsThatCountry() {
		assertThat(summary(extract("A court in South Korea on Friday ordered Japan to pay compensation.", "2021-01-09")))
			.containsExactly("court_ruling 2021-01-08 south-korea:court,japan:defendant");
		// a court in a city is not read as a country's
		assertThat(summary(extract("A court in Busan on Friday ordered Japan to pay compensation.", "2021-01-09")))
			.noneMatch(event -> event.contains("south-korea:court"));
	}

	@Test
	void forgivesOneWrongLetterInNamesOfFiveLettersOrMoreOnly() {
		assertThat(summary(extract("Kishdia apologised on Thursday.", "2023-03-17")))
			.containsExactly("apology 2023-03-16 fumio-kishida:initiator");
		assertThat(summary(extract("Abee apologised on Thursday.", "2023-03-17"))).isEmpty();
	}

	@Test
	void writesASourceFactForANewDocumentAndYamlThatReadsBackTheSame() {
		Extraction extraction = extract("Japan lifted its export curbs on South Korea on Friday.", "2023-03-17");

		assertThat(extraction.facts().getFirst()).containsEntry("fact", "source").containsEntry("id", "test-news")
			.containsEntry("published", "2023-03-17");
		assertThat(extraction.yaml()).contains("sources:", "events:", "type: controls_eased");
	}

	@Test
	void refusesEmptyBinaryAndWronglyEncodedText() {
		assertThatThrownBy(() -> TextInput.decode(new byte[0], "a.txt", 100)).isInstanceOf(UnreadableTextException.class)
			.hasMessage("a.txt is empty");
		assertThatThrownBy(() -> TextInput.decode(new byte[] { 'P', 'K', 3, 4, 0, 0, (byte) 0xff }, "a.zip", 100))
			.hasMessage("a.zip is binary, not text");
		assertThatThrownBy(() -> TextInput.decode("café".getBytes(StandardCharsets.ISO_8859_1), "a.txt", 100))
			.hasMessage("a.txt is not UTF-8 text (convert it to UTF-8 first)");
		assertThatThrownBy(() -> TextInput.decode(new byte[101], "a.txt", 100))
			.hasMessage("a.txt has 101 bytes; the limit is 100");
	}

}
