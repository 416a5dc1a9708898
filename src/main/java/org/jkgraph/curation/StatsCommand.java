package org.jkgraph.curation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.jkgraph.command.ExitCode;
import org.jkgraph.command.InvalidInputException;
import org.jkgraph.facts.EventTypes;
import org.jkgraph.facts.FactFiles;
import org.jkgraph.facts.FactReader;
import org.jkgraph.facts.FactReading;
import org.jkgraph.facts.FactValidator;
import org.jkgraph.facts.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stats [folder] [--from=YYYY] [--to=YYYY]}: how many facts of each kind a folder of fact files holds per
 * year, read from the files alone (no database). The counting is {@link FactStatistics}'.
 */
@Command(name = "stats", mixinStandardHelpOptions = true, sortOptions = false,
		description = "Facts per year and kind in a folder of fact files, read from the files alone.")
public class StatsCommand implements Callable<Integer> {

	@Parameters(arity = "0..1", paramLabel = "<folder>", defaultValue = "seeds", description = "Default: ${DEFAULT-VALUE}")
	Path folder;

	@Option(names = "--from", paramLabel = "<YYYY>", description = "First year of the table")
	Integer from;

	@Option(names = "--to", paramLabel = "<YYYY>", description = "Last year of the table")
	Integer to;

	@Override
	public Integer call() {
		if (!Files.isDirectory(folder)) {
			throw new InvalidInputException("No folder " + folder);
		}
		FactReading reading = FactReader.read(FactFiles.under(folder));
		List<Problem> problems = reading.hasProblems() ? reading.problems()
				: FactValidator.validate(reading.facts(), EventTypes.fromClasspath());
		if (!problems.isEmpty()) {
			problems.forEach(System.err::println);
			throw new InvalidInputException(problems.size() + " problem(s) in " + folder + "; nothing counted");
		}
		System.out.print(FactStatistics.of(reading.facts()).table(from, to));
		return ExitCode.OK;
	}

}
