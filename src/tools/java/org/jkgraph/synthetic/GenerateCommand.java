package org.jkgraph.synthetic;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.jkgraph.command.ExitCode;
import org.jkgraph.facts.EventTypes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code generate --events=N [--seed=S] --out=folder}: writes a synthetic dataset of N events (and the actors,
 * places, topics, measures, sources and observations around them) as JSON Lines the loader reads. It needs no
 * database, so it starts none.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
		description = "Write a synthetic dataset of n events (and what they refer to) as JSON Lines.")
public class GenerateCommand implements Callable<Integer> {

	@Option(names = "--events", required = true, paramLabel = "<n>", converter = Count.class,
			description = "How many events (1_000_000 is fine)")
	int events;

	@Option(names = "--seed", paramLabel = "<s>", defaultValue = "42", description = "The same seed writes the same files (default: ${DEFAULT-VALUE})")
	long seed;

	@Option(names = "--out", required = true, paramLabel = "<folder>", description = "Where to write the files")
	Path out;

	/** A positive whole number, underscores allowed. */
	static final class Count implements picocli.CommandLine.ITypeConverter<Integer> {

		@Override
		public Integer convert(String value) {
			int count = Integer.parseInt(value.replace("_", ""));
			if (count < 1) {
				throw new picocli.CommandLine.TypeConversionException("must be at least 1, was " + value);
			}
			return count;
		}

	}

	@Override
	public Integer call() {
		long started = System.nanoTime();
		SyntheticFacts.Summary summary = SyntheticFacts.write(SyntheticFacts.Shape.forEvents(events), seed,
				EventTypes.fromClasspath(), out);
		double seconds = (System.nanoTime() - started) / 1e9;
		summary.facts().forEach((kind, count) -> System.out.printf("%-12s %10d%n", kind, count));
		System.out.printf("%-12s %10d%n", "total", summary.total());
		System.out.printf("%d file(s), %.1f MB in %s, seed %d, %.1f s%n", summary.files().size(),
				summary.bytes() / 1e6, out, seed, seconds);
		return ExitCode.OK;
	}

}
