package org.jkgraph.facts;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jkgraph.model.FactKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The curated facts in seeds/ (tests run from the project root) and their copy on the classpath. */
class SeedFactsTests {

	private static final Pattern LIST = Pattern.compile("^([a-z]+):\\s*$");

	private final List<FactFile> files = FactFiles.under(Path.of("seeds"));

	@Test
	void readsAndValidatesTheSeedsWithoutProblems() {
		FactReading reading = FactReader.read(files);

		assertThat(reading.problems()).isEmpty();
		assertThat(FactValidator.validate(reading.facts(), EventTypes.fromClasspath())).isEmpty();
	}

	@Test
	void readsEveryFactInTheSeedFiles() {
		FactSet facts = FactReader.read(files).facts();

		assertThat(facts.counts()).isEqualTo(countListItems(files));
		assertThat(facts.counts()).containsEntry(DefaultModel.get().kindOf("source"), 490)
			.containsEntry(DefaultModel.get().kindOf("actor"), 157)
			.containsEntry(DefaultModel.get().kindOf("place"), 36)
			.containsEntry(DefaultModel.get().kindOf("topic"), 32)
			.containsEntry(DefaultModel.get().kindOf("measure"), 40)
			.containsEntry(DefaultModel.get().kindOf("event"), 253)
			.containsEntry(DefaultModel.get().kindOf("observation"), 88);
		assertThat(facts.size()).isEqualTo(1096);
	}

	@Test
	void appliesTheCuratedDefaultsAndKeepsEachFactsOwnConfidence() {
		FactSet facts = FactReader.read(files).facts();

		assertThat(facts.all()).allSatisfy(fact -> assertThat(fact.method()).isEqualTo("curated"));
		assertThat(facts.byId("2023-fujitsu-lg-ai-chip-cooperation")).map(Fact::confidence).contains(0.5);
		assertThat(facts.byId("2023-03-16-tokyo-summit")).map(Fact::confidence).contains(0.9);
	}

	@Test
	void keepsDisagreeingSourcesAsRankedClaims() {
		EventFact visit = FactReader.read(files)
			.facts()
			.all(EventFact.class)
			.stream()
			.filter(event -> event.id().equals("2018-02-09-abe-visits-pyeongchang-olympics"))
			.findFirst()
			.orElseThrow();

		assertThat(visit.place()).isEqualTo("pyeongchang");
		assertThat(visit.claims()).extracting(Claim::value, Claim::rank)
			.containsExactly(tuple("pyeongchang", Rank.PREFERRED),
					tuple("pyongyang", Rank.DEPRECATED));
	}

	@Test
	void findsTheSameFilesOnTheClasspathAsInTheFolder() {
		assertThat(files).extracting(FactFile::name)
			.startsWith("seeds/actors/countries.yaml")
			.doesNotContain("seeds/vocabulary/event-types.yaml")
			.hasSize(25);
		assertThat(FactFiles.fromClasspath("seeds")).isEqualTo(files);
	}

	/** Counts the {@code - id:} items under each top-level list by reading the text, independently of the reader. */
	private static Map<FactKind, Integer> countListItems(List<FactFile> files) {
		Map<FactKind, Integer> counts = new LinkedHashMap<>();
		DefaultModel.get().kinds().forEach(kind -> counts.put(kind, 0));
		for (FactFile file : files) {
			FactKind current = null;
			for (String line : file.content().lines().toList()) {
				Matcher list = LIST.matcher(line);
				if (list.matches()) {
					current = DefaultModel.get().kinds().stream()
						.filter(kind -> kind.list().equals(list.group(1)))
						.findFirst()
						.orElse(null);
				}
				else if (line.startsWith("  - id:") && current != null) {
					counts.merge(current, 1, Integer::sum);
				}
			}
		}
		return counts;
	}

}
