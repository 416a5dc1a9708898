package org.jkgraph.synthetic;

import java.nio.file.Path;
import java.util.List;

import org.jkgraph.command.Command;
import org.jkgraph.facts.EventTypes;

/**
 * {@code generate --events=N [--seed=S] --out=folder}: writes a synthetic dataset of N events (and the actors,
 * places, topics, measures, sources and observations around them) as JSON Lines the loader reads. It needs no
 * database, so it runs without starting one.
 */
public class GenerateCommand implements Command {

	@Override
	public String name() {
		return "generate";
	}

	@Override
	public String usage() {
		return "--events=<n> [--seed=<s>] --out=<folder>   write a synthetic dataset of n events as JSON Lines";
	}

	@Override
	public int run(List<String> args) {
		Integer events = null;
		long seed = 42;
		Path out = null;
		try {
			for (String arg : args) {
				if (arg.startsWith("--events=")) {
					events = Integer.parseInt(arg.substring("--events=".length()).replace("_", ""));
				}
				else if (arg.startsWith("--seed=")) {
					seed = Long.parseLong(arg.substring("--seed=".length()));
				}
				else if (arg.startsWith("--out=")) {
					out = Path.of(arg.substring("--out=".length()));
				}
				else {
					return usageError();
				}
			}
		}
		catch (NumberFormatException ex) {
			return usageError();
		}
		if (events == null || events < 1 || out == null) {
			return usageError();
		}
		long started = System.nanoTime();
		SyntheticFacts.Summary summary = SyntheticFacts.write(SyntheticFacts.Shape.forEvents(events), seed,
				EventTypes.fromClasspath(), out);
		double seconds = (System.nanoTime() - started) / 1e9;
		summary.facts().forEach((kind, count) -> System.out.printf("%-12s %10d%n", kind, count));
		System.out.printf("%-12s %10d%n", "total", summary.total());
		System.out.printf("%d file(s), %.1f MB in %s, seed %d, %.1f s%n", summary.files().size(),
				summary.bytes() / 1e6, out, seed, seconds);
		return 0;
	}

	private int usageError() {
		System.err.println("usage: generate " + usage());
		return 2;
	}

}
