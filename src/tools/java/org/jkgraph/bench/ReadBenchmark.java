package org.jkgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.jkgraph.command.ExitCode;
import org.jkgraph.command.InvalidInputException;
import org.jkgraph.facts.DefaultModel;
import org.jkgraph.facts.Fact;
import org.jkgraph.facts.FactStream;
import org.jkgraph.facts.Problem;
import org.jkgraph.model.FactModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench read --data=<file.jsonl>}: how long the fact reader takes per JSON Lines fact, as a streamed load
 * reads them (parse, decode, check every field), in steady state: the file is read again and again for
 * {@code --warmup} seconds first, then for {@code --seconds} seconds measured. The file should be in the page cache
 * (it is, after the warm-up), so the figure is the reader's, not the disk's.
 */
@Command(name = "read", mixinStandardHelpOptions = true,
		description = "Time the fact reader per JSON Lines fact, after a warm-up by time.")
final class ReadBenchmark implements Callable<Integer> {

	@Option(names = "--data", required = true, description = "A JSON Lines fact file (generate writes 06-events-0001.jsonl)")
	Path data;

	@Option(names = "--warmup", defaultValue = "20", description = "Seconds of warm-up (default: ${DEFAULT-VALUE})")
	int warmup;

	@Option(names = "--seconds", defaultValue = "30", description = "Seconds measured (default: ${DEFAULT-VALUE})")
	int seconds;

	@Override
	public Integer call() {
		if (!Files.isRegularFile(data)) {
			throw new InvalidInputException("No such file: " + data);
		}
		FactModel model = DefaultModel.get();
		long lines = lines(data);
		System.out.printf("reading %s (%d lines, %.1f MB): %d s warm-up, then %d s measured; %s%n", data, lines,
				size(data) / 1e6, warmup, seconds, Jvm.loadAverage());
		run(model, warmup * 1_000_000_000L);
		long[] measured = run(model, seconds * 1_000_000_000L);
		double micros = measured[1] / 1e3 / measured[0];
		System.out.printf("%d facts in %.1f s: %.2f µs per fact (%.0f facts/s)%n", measured[0], measured[1] / 1e9, micros,
				1e6 / micros);
		return ExitCode.OK;
	}

	/** Reads the file whole, again and again, until {@code nanos} have passed: facts read and time taken. */
	private long[] run(FactModel model, long nanos) {
		long started = System.nanoTime();
		long facts = 0;
		Counter counter = new Counter();
		while (System.nanoTime() - started < nanos) {
			FactStream.read(model, List.of(data), counter);
			facts = counter.facts;
		}
		if (counter.problems > 0) {
			throw new InvalidInputException(data + " has problems; measure a file the loader accepts");
		}
		return new long[] { facts, System.nanoTime() - started };
	}

	private static final class Counter implements FactStream.Sink {

		long facts;

		long problems;

		@Override
		public void fact(Fact fact) {
			facts++;
		}

		@Override
		public void problem(Problem problem) {
			problems++;
		}

	}

	private static long lines(Path file) {
		try (Stream<String> lines = Files.lines(file)) {
			return lines.count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
