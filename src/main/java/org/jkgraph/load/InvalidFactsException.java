package org.jkgraph.load;

import java.util.List;
import java.util.stream.Collectors;

import org.jkgraph.command.InvalidInputException;
import org.jkgraph.facts.Problem;

/** The input has problems; nothing was written. The message lists every problem with file, line and field. */
public class InvalidFactsException extends InvalidInputException {

	private final List<Problem> problems;

	public InvalidFactsException(List<Problem> problems) {
		super(problems.size() + " problem(s) in the facts; nothing was loaded:\n"
				+ problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

}
