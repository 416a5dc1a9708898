package org.jkgraph.facts;

import java.util.List;

/** What {@link FactReader} made of the files: the facts it could read and every problem it found, sorted. */
public record FactReading(FactSet facts, List<Problem> problems) {

	public FactReading {
		problems = (problems != null) ? List.copyOf(problems) : List.of();
	}

	public boolean hasProblems() {
		return !problems.isEmpty();
	}

}
