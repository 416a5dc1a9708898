package org.jkgraph.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jkgraph.facts.DefaultModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The format table of seeds/README.md is generated from the model; this fails when the README's copy drifts. */
class FormatTableTests {

	private static final Path README = Path.of("seeds/README.md");

	@Test
	void theReadmesTableIsTheOneTheModelGenerates() throws IOException {
		String readme = Files.readString(README);
		String generated = new FormatTable(DefaultModel.get()).markdown();
		int begin = readme.indexOf(FormatTable.BEGIN);
		int end = readme.indexOf(FormatTable.END);
		assertThat(begin).as("seeds/README.md has the format table's markers").isNotNegative();
		String current = readme.substring(begin, end + FormatTable.END.length() + 1);
		if (Boolean.getBoolean("jkgraph.regenerate")) {
			Files.writeString(README, readme.replace(current, generated));
			current = generated;
		}
		assertThat(current).as("seeds/README.md's format table: run ./mvnw test -Dtest=FormatTableTests"
				+ " -Djkgraph.regenerate=true").isEqualTo(generated);
	}

	@Test
	void theTableSaysWhatEachFieldBecomes() {
		assertThat(new FormatTable(DefaultModel.get()).markdown())
			.contains("| | `participants` | yes | list of mappings {`actor`: id of an actor, `role`: ",
					"(actor)-`[:PARTICIPATED_IN {role}]`->(event)", "`[:CHANGED {change, effective, status}]`",
					"`[:FROM_COUNTRY]`->(actor), not to itself", "`lat` |  | number -90..90 | `latitude`");
	}

}
