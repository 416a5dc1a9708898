package org.jkgraph.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The fact files under src/test/resources/facts/, one folder per scenario, read as the loader reads them. */
final class Fixtures {

	private Fixtures() {
	}

	static List<FactFile> files(String... folders) {
		return Arrays.stream(folders).flatMap(folder -> FactFiles.fromClasspath("facts/" + folder).stream()).toList();
	}

	static FactReading read(String... folders) {
		return FactReader.read(files(folders));
	}

	/** What the reader and then the validator find, sorted together as the loader reports them. */
	static List<Problem> problems(String... folders) {
		FactReading reading = read(folders);
		List<Problem> problems = new ArrayList<>(reading.problems());
		problems.addAll(FactValidator.validate(reading.facts(), EventTypes.fromClasspath()));
		return problems.stream().sorted().toList();
	}

}
