package org.jkgraph.curation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jkgraph.command.Command;
import org.jkgraph.facts.EventTypes;
import org.jkgraph.facts.FactFiles;
import org.jkgraph.facts.FactReader;
import org.jkgraph.facts.FactReading;
import org.jkgraph.facts.FactValidator;
import org.jkgraph.facts.Problem;

/**
 * {@code stats [folder] [--from=YYYY] [--to=YYYY]}: how many facts of each kind a folder of fact files holds per
 * year, read from the files alone (no database). The counting is {@link FactStatistics}'.
 */
public class StatsCommand implements Command {

	@Override
	public String name() {
		return "stats";
	}

	@Override
	public String usage() {
		return "[folder] [--from=YYYY] [--to=YYYY]   facts per year and kind in a folder of fact files (default seeds/)";
	}

	@Override
	public int run(List<String> args) {
		Path folder = Path.of("seeds");
		Integer from = null;
		Integer to = null;
		try {
			for (String arg : args) {
				if (arg.startsWith("--from=")) {
					from = Integer.valueOf(arg.substring("--from=".length()));
				}
				else if (arg.startsWith("--to=")) {
					to = Integer.valueOf(arg.substring("--to=".length()));
				}
				else if (arg.startsWith("-")) {
					return usageError("unknown option " + arg);
				}
				else {
					folder = Path.of(arg);
				}
			}
		}
		catch (NumberFormatException ex) {
			return usageError("--from and --to take a year, e.g. --from=2015");
		}
		if (!Files.isDirectory(folder)) {
			System.err.println("No folder " + folder);
			return 1;
		}
		FactReading reading = FactReader.read(FactFiles.under(folder));
		List<Problem> problems = reading.hasProblems() ? reading.problems()
				: FactValidator.validate(reading.facts(), EventTypes.fromClasspath());
		if (!problems.isEmpty()) {
			problems.forEach(System.err::println);
			System.err.println(problems.size() + " problem(s) in " + folder + "; nothing counted");
			return 1;
		}
		System.out.print(FactStatistics.of(reading.facts()).table(from, to));
		return 0;
	}

	private int usageError(String message) {
		System.err.println(message + "\nusage: stats " + usage());
		return 2;
	}

}
