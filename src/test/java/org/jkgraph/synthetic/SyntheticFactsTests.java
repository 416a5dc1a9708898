package org.jkgraph.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jkgraph.facts.EventFact;
import org.jkgraph.facts.EventTypes;
import org.jkgraph.facts.FactFiles;
import org.jkgraph.facts.FactReader;
import org.jkgraph.facts.FactReading;
import org.jkgraph.facts.FactValidator;
import org.jkgraph.facts.MeasureChange;
import org.jkgraph.model.MeasureChangeKind;
import org.jkgraph.model.MeasureStatus;
import org.jkgraph.facts.Participant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator's output is valid input of the loader, the same for the same seed, and shaped like real data. */
class SyntheticFactsTests {

	@TempDir
	static Path folder;

	static SyntheticFacts.Summary summary;

	static FactReading reading;

	@BeforeAll
	static void generate() {
		summary = SyntheticFacts.write(SyntheticFacts.Shape.forEvents(500), 42, EventTypes.fromClasspath(),
				folder.resolve("a"));
		reading = FactReader.read(FactFiles.under(folder.resolve("a")));
	}

	@Test
	void writesFactsTheValidatorAccepts() {
		assertThat(reading.problems()).isEmpty();
		assertThat(FactValidator.validate(reading.facts(), EventTypes.fromClasspath())).isEmpty();
		assertThat(summary.facts()).containsEntry("event", 500L)
			.containsKeys("source", "actor", "place", "topic", "measure", "observation");
		assertThat(summary.total()).isEqualTo(reading.facts().size());
	}

	@Test
	void everyIdIsInANamespaceOfItsOwnSoNoneNamesACuratedFact() {
		FactReading seeds = FactReader.read(FactFiles.under(Path.of("seeds")));
		java.util.Set<String> curated = new java.util.HashSet<>();
		seeds.facts().all().forEach(fact -> curated.add(fact.id()));
		assertThat(reading.facts().all()).isNotEmpty()
			.allSatisfy(fact -> assertThat(fact.id()).startsWith("syn-"))
			.noneSatisfy(fact -> assertThat(curated).contains(fact.id()));
	}

	@Test
	void writesTheSameBytesForTheSameSeed() throws IOException {
		SyntheticFacts.write(SyntheticFacts.Shape.forEvents(500), 42, EventTypes.fromClasspath(), folder.resolve("b"));
		SyntheticFacts.write(SyntheticFacts.Shape.forEvents(500), 7, EventTypes.fromClasspath(), folder.resolve("c"));
		for (Path file : summary.files()) {
			assertThat(Files.readString(folder.resolve("b").resolve(file.getFileName())))
				.isEqualTo(Files.readString(file));
		}
		assertThat(Files.readString(folder.resolve("c/06-events-0001.jsonl")))
			.isNotEqualTo(Files.readString(folder.resolve("a/06-events-0001.jsonl")));
	}

	@Test
	void aFewActorsTakePartInMostEventsWithSeveralParticipantsEach() {
		List<EventFact> events = reading.facts().all(EventFact.class);
		Map<String, Integer> participation = new HashMap<>();
		events.forEach(e -> e.participants().stream().map(Participant::actor).distinct()
			.forEach(actor -> participation.merge(actor, 1, Integer::sum)));
		List<Integer> counts = new ArrayList<>(participation.values());
		counts.sort(java.util.Comparator.reverseOrder());
		int top = counts.subList(0, 5).stream().mapToInt(Integer::intValue).sum();
		int all = counts.stream().mapToInt(Integer::intValue).sum();
		assertThat((double) top / all).as("share of the five busiest actors").isGreaterThan(0.2);
		assertThat(counts.getLast()).isLessThan(counts.getFirst() / 10);
		double perEvent = events.stream().mapToInt(e -> e.participants().size()).average().orElseThrow();
		assertThat(perEvent).isBetween(2.0, 3.5);
	}

	@Test
	void eventsSpanDecadesAndMeasuresGoThroughLifecycles() {
		List<EventFact> events = reading.facts().all(EventFact.class);
		assertThat(events.getFirst().date().first().getYear()).isLessThan(1970);
		assertThat(events.getLast().date().first().getYear()).isGreaterThanOrEqualTo(2024);
		assertThat(events.stream().map(EventFact::type).distinct().count()).isGreaterThan(20);
		// Measures live: some are brought into force and ended again by later events.
		Map<String, List<MeasureChange>> changes = new HashMap<>();
		events.forEach(e -> e.measures().forEach(c -> changes.computeIfAbsent(c.measure(), m -> new ArrayList<>()).add(c)));
		assertThat(changes.values()).anySatisfy(lifetime -> {
			assertThat(lifetime).hasSizeGreaterThanOrEqualTo(2);
			assertThat(lifetime).anySatisfy(c -> assertThat(status(c)).isEqualTo(MeasureStatus.IN_FORCE));
			assertThat(lifetime).anySatisfy(c -> assertThat(status(c)).isEqualTo(MeasureStatus.ENDED));
		});
		assertThat(events).anySatisfy(e -> assertThat(e.causes()).isNotEmpty());
		assertThat(events).anySatisfy(e -> assertThat(e.method()).isEqualTo("extracted"));
	}

	private static MeasureStatus status(MeasureChange change) {
		return MeasureChangeKind.byId(change.change()).orElseThrow().status();
	}

}
