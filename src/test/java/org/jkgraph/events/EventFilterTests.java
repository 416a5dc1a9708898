package org.jkgraph.events;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.jkgraph.api.BadParameterException;
import org.jkgraph.facts.EventTypes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The event filters read request parameters strictly and name the parameter they reject. */
class EventFilterTests {

	private static final EventTypes VOCABULARY = EventTypes.fromClasspath();

	@Test
	void readsAPeriodFromTheFirstDayOfFromToTheLastDayOfTo() {
		EventFilter filter = EventFilter.of(List.of("summit"), "2023", "2023-05", null, null, null, null, null, VOCABULARY);
		assertThat(filter.from()).isEqualTo(LocalDate.of(2023, 1, 1));
		assertThat(filter.to()).isEqualTo(LocalDate.of(2023, 5, 31));
		assertThat(filter.types()).containsExactly("summit");
	}

	@Test
	void treatsBlankValuesAsNoFilter() {
		EventFilter filter = EventFilter.of(List.of(" "), "", " ", List.of(""), " ", "", null, " ", VOCABULARY);
		assertThat(filter.types()).isEmpty();
		assertThat(filter.actors()).isEmpty();
		assertThat(filter.parameters()).containsEntry("from", null).containsEntry("place", null)
			.containsEntry("topic", null).containsEntry("method", null);
	}

	@Test
	void rejectsTypesOutsideTheVocabulary() {
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> EventFilter.of(List.of("summit", "picnic"), null, null, null, null, null, null, null, VOCABULARY))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("type"))
			.withMessageContaining("picnic");
	}

	@Test
	void rejectsMoreActorsThanTheLimitSayingTheLimit() {
		List<String> actors = IntStream.rangeClosed(0, EventFilter.MAX_ACTORS).mapToObj(i -> "actor-" + i).toList();
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> TimelineFilter.of(actors, null, null, null))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("actor"))
			.withMessageContaining(String.valueOf(EventFilter.MAX_ACTORS));
	}

	@Test
	void rejectsConfidenceOutsideZeroToOneAndUnknownMethods() {
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> EventFilter.of(null, null, null, null, null, null, -0.1, null, VOCABULARY))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("minConfidence"));
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> EventFilter.of(null, null, null, null, null, null, Double.NaN, null, VOCABULARY))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("minConfidence"));
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> EventFilter.of(null, null, null, null, null, null, null, "guessed", VOCABULARY))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("method"));
	}

	@Test
	void rejectsAPeriodThatEndsBeforeItStarts() {
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> TimelineFilter.of(null, null, "2023-06", "2023-05"))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("to"));
	}

}
