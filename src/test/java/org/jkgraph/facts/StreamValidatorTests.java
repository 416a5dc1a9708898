package org.jkgraph.facts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A streamed load must reject exactly what the in-memory load rejects, with the same file, line, field and message,
 * whether unresolved references wait in memory or are checked in a second reading.
 */
class StreamValidatorTests {

	private static final Path FIXTURES = Path.of("src/test/resources/facts");

	@ParameterizedTest
	@ValueSource(strings = { "broken", "claims", "defaults", "duplicates", "jsonl", "jsonl-mistakes", "mistakes", "world",
			"yaml-twin", "*", "seeds" })
	void reportsTheProblemsTheInMemoryValidatorReports(String folder) {
		List<Path> files = folder.equals("seeds") ? FactFiles.pathsUnder(Path.of("seeds"))
				: folder.equals("*") ? FactFiles.pathsUnder(FIXTURES) : FactFiles.pathsUnder(FIXTURES.resolve(folder));
		List<Problem> expected = inMemory(files);

		assertThat(streamed(files, 1_000_000)).as("references resolved at the end").isEqualTo(expected);
		assertThat(streamed(files, 1)).as("references checked in a second reading").isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 1_000_000 })
	void acceptsReferencesToFactsTheGraphHolds(int pendingLimit) {
		List<Path> files = FactFiles.pathsUnder(FIXTURES.resolve("world"));
		List<Problem> all = streamed(files, pendingLimit);
		StreamValidator validator = new StreamValidator(EventTypes.fromClasspath(), pendingLimit);
		// Every id is "in the graph": no reference can be unknown, whatever the input lacks.
		read(files, validator, pendingLimit, ids -> Set.copyOf(ids));
		List<Problem> withGraph = validator.finish(ids -> Set.copyOf(ids));
		assertThat(withGraph).noneMatch(p -> p.message().startsWith("unknown "));
		assertThat(all.stream().filter(p -> !p.message().startsWith("unknown ")).toList()).isEqualTo(withGraph);
	}

	private static List<Problem> inMemory(List<Path> files) {
		FactReading reading = FactReader.read(FactFiles.of(files));
		List<Problem> problems = new ArrayList<>(reading.problems());
		problems.addAll(FactValidator.validate(reading.facts(), EventTypes.fromClasspath()));
		return problems.stream().sorted().toList();
	}

	private static List<Problem> streamed(List<Path> files, int pendingLimit) {
		StreamValidator validator = new StreamValidator(EventTypes.fromClasspath(), pendingLimit);
		read(files, validator, pendingLimit, ids -> Set.of());
		return validator.finish(ids -> Set.of());
	}

	private static void read(List<Path> files, StreamValidator validator, int pendingLimit,
			java.util.function.Function<java.util.Collection<String>, Set<String>> graph) {
		FactStream.read(files, new FactStream.Sink() {
			@Override
			public void fact(Fact fact) {
				validator.fact(fact);
			}

			@Override
			public void problem(Problem problem) {
				validator.problem(problem);
			}
		});
		if (validator.needsReferencePass()) {
			FactStream.read(files, new FactStream.Sink() {
				@Override
				public void fact(Fact fact) {
					validator.references(fact, graph);
				}

				@Override
				public void problem(Problem problem) {
				}
			});
		}
	}

}
