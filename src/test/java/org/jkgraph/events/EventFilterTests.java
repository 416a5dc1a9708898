package org.jkgraph.events;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.jkgraph.api.BadParameterException;
import org.jkgraph.api.FactFilter;
import org.jkgraph.facts.EventTypes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The event filters read request parameters strictly and name the parameter they reject. */
class EventFilterTests {

	private static final EventTypes VOCABULARY = EventTypes.fromClasspath();

	@Test
	void readsAPeriodFromTheFirstDayOfFromToTheLastDayOfTo() {
		EventFilter filter = filter(List.of("summit"), "2023", "2023-05", null);
		assertThat(filter.from()).isEqualTo(LocalDate.of(2023, 1, 1));
		assertThat(filter.to()).isEqualTo(LocalDate.of(2023, 5, 31));
		assertThat(filter.types()).containsExactly("summit");
	}

	@Test
	void treatsBlankValuesAsNoFilter() {
		EventFilter filter = EventFilter.of(List.of(" "), "", " ", List.of(""), " ", "", null,
				EventCodes.of(List.of(" "), " ", null, null, null, VOCABULARY), FactFilter.of(List.of(" "), " "),
				VOCABULARY);
		assertThat(filter.types()).isEmpty();
		assertThat(filter.actors()).isEmpty();
		assertThat(filter.parameters()).containsEntry("from", null).containsEntry("place", null)
			.containsEntry("topic", null).containsEntry("method", null).containsEntry("cameo", null)
			.containsEntry("plovers", List.of()).containsEntry("sources", List.of());
	}

	@Test
	void rejectsTypesOutsideTheVocabulary() {
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> filter(List.of("summit", "picnic"), null, null, null))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("type"))
			.withMessageContaining("picnic");
	}

	@Test
	void rejectsMoreActorsThanTheLimitSayingTheLimit() {
		List<String> actors = IntStream.rangeClosed(0, EventFilter.MAX_ACTORS).mapToObj(i -> "actor-" + i).toList();
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> filter(null, null, null, actors))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("actor"))
			.withMessageContaining(String.valueOf(EventFilter.MAX_ACTORS));
	}

	@Test
	void rejectsUnknownMethodsAndTooManySources() {
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> FactFilter.of(null, "guessed"))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("method"));
		List<String> sources = IntStream.rangeClosed(0, FactFilter.MAX_SOURCES).mapToObj(i -> "source-" + i).toList();
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> FactFilter.of(sources, null))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("source"));
	}

	@Test
	void readsPloverCategoriesInAnyCaseAndRejectsOnesTheVocabularyLacks() {
		assertThat(EventCodes.of(List.of("sanction", "CONSULT"), null, null, null, null, VOCABULARY).plovers())
			.containsExactly("SANCTION", "CONSULT");
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> EventCodes.of(List.of("PICNIC"), null, null, null, null, VOCABULARY))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("plover"))
			.withMessageContaining("SANCTION");
	}

	@Test
	void rejectsAGoldsteinRangeThatEndsBelowItsStart() {
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> EventCodes.of(null, null, null, 5.0, -5.0, VOCABULARY))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("maxGoldstein"));
	}

	@Test
	void rejectsAPeriodThatEndsBeforeItStarts() {
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> filter(null, "2023-06", "2023-05", null))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("to"));
	}

	private static EventFilter filter(List<String> types, String from, String to, List<String> actors) {
		return EventFilter.of(types, from, to, actors, null, null, null, EventCodes.ANY, FactFilter.ALL, VOCABULARY);
	}

}
