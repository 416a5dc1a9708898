package org.jkgraph.facts;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FactReaderTests {

	@Test
	void readsEveryKindIntoItsRecord() {
		FactReading reading = Fixtures.read("world");

		assertThat(reading.problems()).isEmpty();
		assertThat(reading.facts().counts()).containsEntry(DefaultModel.get().kindOf("source"), 1)
			.containsEntry(DefaultModel.get().kindOf("actor"), 3)
			.containsEntry(DefaultModel.get().kindOf("place"), 1)
			.containsEntry(DefaultModel.get().kindOf("topic"), 1)
			.containsEntry(DefaultModel.get().kindOf("measure"), 1)
			.containsEntry(DefaultModel.get().kindOf("event"), 2)
			.containsEntry(DefaultModel.get().kindOf("observation"), 1);
		ActorFact minister = (ActorFact) reading.facts().byId("ada-north").orElseThrow();
		assertThat(minister.actorKind()).isEqualTo("person");
		assertThat(minister.country()).isEqualTo("northland");
		assertThat(minister.aliases()).isEmpty();
		assertThat(minister.offices()).singleElement().satisfies(office -> {
			assertThat(office.role()).isEqualTo("trade_minister");
			assertThat(office.start().first()).isEqualTo(LocalDate.of(2018, 4, 1));
			assertThat(office.end().last()).isEqualTo(LocalDate.of(2021, 12, 31));
		});
		EventFact announcement = (EventFact) reading.facts().byId("2020-02-10-northland-announces-widget-tariff")
			.orElseThrow();
		assertThat(announcement.participants()).containsExactly(new Participant("northland", "initiator"),
				new Participant("ada-north", "speaker"), new Participant("southland", "target"));
		assertThat(announcement.measures()).containsExactly(
				new MeasureChange("widget-tariff", "announce", null),
				new MeasureChange("widget-tariff", "impose", FactDate.parse("2020-03")));
		assertThat(announcement.sources()).containsExactly(
				new Citation("harbour-gazette-2020-02-10", "para 1", null, null));
		assertThat(announcement.endDate()).isNull();
		assertThat(announcement.partOf()).isNull();
		assertThat(announcement.origin().file()).isEqualTo("facts/world/world.yaml");
		assertThat(announcement.origin().line()).isEqualTo(74);
		assertThat(announcement.origin().path()).isEqualTo("events[1]");
		ObservationFact exports = reading.facts().all(ObservationFact.class).getFirst();
		assertThat(exports.value()).isEqualTo(12.0);
		assertThat(exports.period().precision()).isEqualTo(Precision.YEAR);
	}

	@Test
	void reportsEveryMistakeWithFileLineAndField() {
		List<Problem> problems = Fixtures.problems("world", "mistakes");

		String file = "facts/mistakes/mistakes.yaml";
		assertThat(problems).extracting(Problem::file, Problem::line, Problem::field)
			.containsExactly(tuple(file, 3, "actors[0].id"), tuple(file, 4, "actors[0].kind"),
					tuple(file, 6, "actors[0].colour"), tuple(file, 14, "places[0].lat"),
					tuple(file, 15, "places[0].country"), tuple(file, 22, "events[0].date"),
					tuple(file, 25, "events[0].participants[0].role"), tuple(file, 26, "events[0].topics"),
					tuple(file, 30, "events[1].title"), tuple(file, 31, "events[1].type"),
					tuple(file, 33, "events[1].endDate"), tuple(file, 34, "events[1].confidence"),
					tuple(file, 36, "events[1].participants[0].actor"),
					tuple(file, 37, "events[1].participants[1].actor"),
					tuple(file, 39, "events[1].measures[0].change"), tuple(file, 41, "events[1].sources[0].source"));
		assertThat(problems).map(Problem::message)
			.satisfiesExactly(id -> assertThat(id).startsWith("'Eastland' is not a valid id"),
					kind -> assertThat(kind).startsWith("unknown kind 'nation' (expected one of company, country, "),
					field -> assertThat(field).isEqualTo("unknown field"),
					lat -> assertThat(lat).isEqualTo("95 is outside -90..90"),
					country -> assertThat(country).isEqualTo("'north-harbour' is a place, not an actor"),
					date -> assertThat(date).isEqualTo("'2019-02-30' is an impossible date"),
					role -> assertThat(role).startsWith("unknown role 'boss' (expected one of "),
					topics -> assertThat(topics).isEqualTo("expected a list, found 'widgets'"),
					title -> assertThat(title).isEqualTo("missing required field"),
					type -> assertThat(type).startsWith("unknown event type 'dance'"),
					end -> assertThat(end).isEqualTo("2020-04-30 is before the start, 2020-05"),
					confidence -> assertThat(confidence).isEqualTo("1.5 is outside 0..1"),
					place -> assertThat(place).isEqualTo("'north-harbour' is a place, not an actor"),
					actor -> assertThat(actor).isEqualTo("unknown actor 'nobody-we-know'"),
					change -> assertThat(change).startsWith("unknown change 'cancel' (expected one of "),
					source -> assertThat(source).isEqualTo("unknown source 'unheard-of-source'"));
		assertThat(problems.get(8)).hasToString(file + ":30: events[1].title: missing required field");
	}

	@Test
	void readsYamlLargerThanSnakeYamlsDefaultLimitOfThreeMebibytes() {
		StringBuilder yaml = new StringBuilder("topics:\n");
		for (int i = 0; yaml.length() < 4 * 1024 * 1024; i++) {
			yaml.append("  - id: topic-").append(i).append("\n    name: A topic with a name long enough to fill the file ")
				.append(i).append("\n    sources: [{source: somewhere}]\n");
		}
		FactReading reading = FactReader.read(List.of(new FactFile("big.yaml", yaml.toString())));
		assertThat(reading.problems()).isEmpty();
		assertThat(reading.facts().size()).isGreaterThan(30_000);
	}

	@Test
	void readsJsonLinesLikeYaml() {
		FactReading jsonLines = Fixtures.read("jsonl");
		FactReading yaml = Fixtures.read("yaml-twin");

		assertThat(jsonLines.problems()).isEmpty();
		assertThat(yaml.problems()).isEmpty();
		assertThat(jsonLines.facts().all()).hasSize(2)
			.usingRecursiveFieldByFieldElementComparatorIgnoringFields("origin")
			.containsExactlyElementsOf(yaml.facts().all());
		EventFact event = jsonLines.facts().all(EventFact.class).getFirst();
		assertThat(event.method()).isEqualTo("extracted");
		assertThat(event.confidence()).isEqualTo(0.7);
		assertThat(event.sources().getFirst().evidence())
			.isEqualTo(new Evidence("Westland took a seat at the talks.", 120, 154));
		assertThat(event.origin().file()).isEqualTo("facts/jsonl/facts.jsonl");
		assertThat(event.origin().line()).isEqualTo(3);
	}

	@Test
	void reportsJsonLinesMistakesOnTheirLine() {
		List<Problem> problems = Fixtures.read("jsonl-mistakes").problems();

		assertThat(problems).extracting(Problem::line, Problem::field)
			.containsExactly(tuple(2, ""), tuple(3, "fact"), tuple(4, "fact"), tuple(5, ""), tuple(6, "size"),
					tuple(7, "confidence"), tuple(7, "value"));
		assertThat(problems).map(Problem::message)
			.satisfiesExactly(syntax -> assertThat(syntax).startsWith("syntax error: "),
					kind -> assertThat(kind).isEqualTo("unknown fact kind 'rumour' (expected one of source, actor,"
							+ " place, topic, measure, event, observation, mention)"),
					missing -> assertThat(missing).isEqualTo("missing required field"),
					array -> assertThat(array).isEqualTo("each line must hold one JSON object"),
					unknown -> assertThat(unknown).isEqualTo("unknown field"),
					confidence -> assertThat(confidence).startsWith("missing required field: extracted facts have"
							+ " no default confidence"),
					value -> assertThat(value).isEqualTo("expected a number, found 'many'"));
		assertThat(Fixtures.read("jsonl-mistakes").facts().all()).extracting(Fact::id)
			.containsExactly("cogs", "bolts", "2020-westland-bolt-count");
	}

	@Test
	void appliesTheFileDefaultsUnlessTheFactSaysOtherwise() {
		FactSet facts = Fixtures.read("defaults").facts();

		assertThat(facts.all()).extracting(Fact::id, Fact::method, Fact::confidence)
			.containsExactly(tuple("rivets", "extracted", 0.6), tuple("washers", "extracted", 0.8),
					tuple("springs", "curated", 0.6), tuple("nails", "curated", 0.9), tuple("screws", "extracted", 0.0));
	}

	@Test
	void requiresConfidenceOnExtractedFactsWithoutDefaults() {
		assertThat(Fixtures.read("defaults").problems()).map(Problem::toString)
			.containsExactly("facts/defaults/no-defaults.yaml:7: topics[1].confidence: missing required field:"
					+ " extracted facts have no default confidence (give one on the fact or in the file's defaults)");
	}

	@Test
	void turnsYamlSyntaxErrorsIntoProblems() {
		FactReading reading = Fixtures.read("broken");

		assertThat(reading.facts().size()).isZero();
		assertThat(reading.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo("facts/broken/broken.yaml");
			assertThat(problem.line()).isEqualTo(5);
			assertThat(problem.message()).startsWith("syntax error: while parsing a flow sequence: ");
		});
	}

	@Test
	void reportsFilesThatAreNotMappingsOfFactLists() {
		FactReading reading = FactReader.read(List.of(new FactFile("list.yaml", "- id: lonely\n"),
				new FactFile("odd.yaml", "people:\n  - id: someone\nevents: {id: not-a-list}\n"),
				new FactFile("empty.yaml", "# nothing yet\n")));

		assertThat(reading.problems()).map(Problem::toString)
			.containsExactly("list.yaml:1: a fact file is a mapping of fact lists (sources, actors, places, …)",
					"odd.yaml:1: people: unknown field", "odd.yaml:3: events: expected a list, found a mapping");
	}

	@Test
	void reportsFieldsGivenTwice() {
		FactReading reading = FactReader.read(List.of(new FactFile("twice.yaml",
				"topics:\n  - id: twice\n    name: Once\n    name: Twice\n    sources: [{source: s}]\n")));

		assertThat(reading.problems()).map(Problem::toString)
			.containsExactly("twice.yaml:4: topics[0].name: field given more than once");
	}

}
