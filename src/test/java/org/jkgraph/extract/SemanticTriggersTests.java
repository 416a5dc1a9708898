package org.jkgraph.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jkgraph.facts.EventTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Triggers the lexicon does not list, found through WordNet from the senses triggers.yaml names: the verbs used here
 * ("upbraid", "scold", "extol") are in no pattern of the lexicon, which the first test checks, so each event below can
 * only come from WordNet.
 */
class SemanticTriggersTests {

	private static Extractor extractor;

	private static TriggerLexicon lexicon;

	@BeforeAll
	static void extractor() {
		extractor = Extractor.fromSeeds(Path.of("seeds"));
		lexicon = TriggerLexicon.read(Path.of("seeds"), EventTypes.fromClasspath());
	}

	private static List<String> events(Extractor extractor, String text) {
		return EventSummaries.of(extractor, text);
	}

	private static List<String> events(String text) {
		return events(extractor, text);
	}

	@Test
	void theVerbsOfTheseTestsAreInNoPatternOfTheLexicon() {
		for (String word : List.of("upbraid", "upbraided", "scold", "scolded", "reprimand", "reprimanded", "extol",
				"extolled", "blamed", "attacked", "charged")) {
			assertThat(lexicon.lists(word)).as(word).isFalse();
		}
	}

	@Test
	void aSynonymVerbTheLexiconDoesNotListReportsAnEventOfTheAnchorsTypeWithSubjectAndObjectRoles() {
		assertThat(events("South Korea upbraided Japan on Thursday over its history textbooks."))
			.containsExactly("criticism 2023-03-16 japan:target,south-korea:initiator");
		assertThat(events("Japan on Thursday extolled South Korea's plan."))
			.containsExactly("praise 2023-03-16 japan:initiator,south-korea:target");
	}

	@Test
	void aHyponymOfAnAnchorSenseCountsAndItsPassiveTakesTheByPhraseAsTheSubject() {
		// "scold" lies one level below rebuke#1; "reprimand" below censure#1
		assertThat(events("South Korea scolded Japan on Thursday.")).containsExactly(
				"criticism 2023-03-16 japan:target,south-korea:initiator");
		assertThat(events("Japan was reprimanded by South Korea on Thursday over its textbooks."))
			.containsExactly("criticism 2023-03-16 japan:target,south-korea:initiator");
	}

	@Test
	void aNounDerivedFromSuchAVerbIsATriggerButNotAsTheModifierOfAnotherNoun() {
		assertThat(events("On Thursday South Korea issued a reprimand to Japan over its textbooks."))
			.containsExactly("criticism 2023-03-16 japan:target,south-korea:initiator");
		assertThat(events("South Korea's opposition party met on Thursday.")).isEmpty();
	}

	@Test
	void aVerbWhoseMostFrequentSenseIsUnrelatedTriggersNothing() {
		// "attack" is first a military act; its verbal sense (under assail#3, an anchor of criticism) comes later
		assertThat(events("North Korea attacked South Korea on Thursday.")).isEmpty();
		// "charge" is first asking a price; accusing (accuse#2, an anchor of criticism) is a later sense
		assertThat(events("Japan charged South Korea for the fuel on Thursday.")).isEmpty();
	}

	@Test
	void switchedOffInTheLexiconTheSameSentencesReportNothing(@TempDir Path folder) throws IOException {
		Path seeds = copy(Path.of("seeds"), folder.resolve("seeds"));
		Path triggers = seeds.resolve("lexicon/triggers.yaml");
		Files.writeString(triggers, Files.readString(triggers).replace("  enabled: true", "  enabled: false"));
		Extractor without = Extractor.fromSeeds(seeds);

		assertThat(events(without, "South Korea upbraided Japan on Thursday over its history textbooks.")).isEmpty();
		assertThat(events(without, "On Thursday South Korea issued a reprimand to Japan over its textbooks.")).isEmpty();
	}

	@Test
	void anAnchorTooGeneralToStandForOneTypeIsLeftOutAndNamedWithItsSize() {
		SemanticTriggers triggers = SemanticTriggers.of(lexicon, WordNet.instance());

		assertThat(triggers.excluded()).anyMatch(line -> line.startsWith("criticise#1 (criticism): 15 synsets"))
			.anyMatch(line -> line.startsWith("praise#1 (praise)"));
		// what lies only below an excluded anchor is no trigger ("nitpick" is a hyponym of criticise#1 alone)
		assertThat(triggers.verbs()).doesNotContainKey("nitpick").containsKey("scold");
	}

	@Test
	void aSenseWordNetLacksIsRefusedNamingTheAnchorAndTheSensesThereAre(@TempDir Path folder) throws IOException {
		Path seeds = copy(Path.of("seeds"), folder.resolve("seeds"));
		Path triggers = seeds.resolve("lexicon/triggers.yaml");
		Files.writeString(triggers, Files.readString(triggers).replace("senses: [apologise#2]", "senses: [apologise#9]"));
		TriggerLexicon broken = TriggerLexicon.read(seeds, EventTypes.fromClasspath());

		assertThatThrownBy(() -> SemanticTriggers.of(broken, WordNet.instance()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("apologise#9 (apology): WordNet has 2 verb senses of 'apologise'");
	}

	private static Path copy(Path from, Path to) throws IOException {
		try (var paths = Files.walk(from)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target);
				}
			}
		}
		return to;
	}

}
