package org.jkgraph.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jkgraph.model.FactModel;

/**
 * Reads fact files on disk one fact at a time, for inputs too large to hold in memory: JSON Lines files line by
 * line, YAML files (curated, small) whole. Facts and problems are exactly those {@link FactReader} finds in the
 * same files, in the same order; only memory differs.
 */
public final class FactStream {

	private FactStream() {
	}

	/** Where the facts and problems of a stream go. */
	public interface Sink {

		void fact(Fact fact);

		void problem(Problem problem);

		/** {@code bytes} more of the input have been read (roughly: characters and line ends). */
		default void read(long bytes) {
		}

	}

	/** The name problems give a file: its path as given, with forward slashes (as {@link FactFiles} names it). */
	public static String nameOf(Path file) {
		return file.toString().replace('\\', '/');
	}

	public static void read(List<Path> files, Sink sink) {
		read(DefaultModel.get(), files, sink);
	}

	public static void read(FactModel model, List<Path> files, Sink sink) {
		read(model, files, FactStream::nameOf, sink);
	}

	/**
	 * As {@link #read(FactModel, List, Sink)}, with the names facts and problems give each file: a posted body kept in
	 * a temporary file is still {@code request:facts.jsonl}, not the server's temporary path.
	 */
	public static void read(FactModel model, List<Path> files, Function<Path, String> names, Sink sink) {
		for (Path file : files) {
			String name = names.apply(file);
			if (name.endsWith(".jsonl")) {
				readJsonLines(model, file, name, sink);
			}
			else {
				readYaml(model, file, name, sink);
			}
		}
	}

	private static void readJsonLines(FactModel model, Path file, String name, Sink sink) {
		List<Problem> problems = new ArrayList<>();
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			int index = 0;
			long unreported = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine(), index++) {
				FactReader.readJsonLine(model, name, index, line, sink::fact, problems);
				if (!problems.isEmpty()) {
					problems.forEach(sink::problem);
					problems.clear();
				}
				unreported += line.length() + 1;
				if (unreported >= (1 << 20)) {
					sink.read(unreported);
					unreported = 0;
				}
			}
			sink.read(unreported);
		}
		catch (java.nio.charset.MalformedInputException ex) {
			throw NotUtf8Exception.in(file, name);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the fact file " + file, ex);
		}
	}

	private static void readYaml(FactModel model, Path file, String name, Sink sink) {
		String content;
		try {
			content = NotUtf8Exception.decode(Files.readAllBytes(file), name);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the fact file " + file, ex);
		}
		List<Fact> facts = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		FactReader.readYaml(model, new FactFile(name, content), facts, problems);
		facts.forEach(sink::fact);
		problems.forEach(sink::problem);
		sink.read(content.length());
	}

}
