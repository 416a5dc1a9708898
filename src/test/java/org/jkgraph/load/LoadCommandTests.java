package org.jkgraph.load;

import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.jkgraph.command.CommandLine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar jk-graph.jar load …} as a user runs it: exit code, summary, and messages on bad input. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoadCommandTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Driver driver;

	@Test
	void loadingTheSeedsFolderPrintsASummaryAndExitsZero(CapturedOutput output) {
		assertThat(CommandLine.run(context, "load", "seeds")).isZero();
		assertThat(output.getOut()).contains("kind", "created", "unchanged", "event", "total")
			.contains("dataset 'seeds'");
	}

	@Test
	void aBadFileExitsNonZeroNamingFileLineAndFieldAndWritesNothing(CapturedOutput output) {
		long before = count();
		int exit = CommandLine.run(context, "load", "src/test/resources/load/bad/events.yaml", "--dataset=test-cli");
		assertThat(exit).isEqualTo(1);
		assertThat(output.getErr()).contains("nothing was loaded")
			.contains("src/test/resources/load/bad/events.yaml:6: events[0].date:")
			.contains("events[1].type");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aMissingPathIsInvalidInputSaidInOneLine(CapturedOutput output) {
		assertThat(CommandLine.run(context, "load", "no/such/folder")).isEqualTo(1);
		assertThat(output.getErr()).isEqualTo("No such file or folder: no/such/folder\n");
	}

	@Test
	void wrongUsageExitsTwoWithTheUsage(CapturedOutput output) {
		assertThat(CommandLine.run(context, "load")).isEqualTo(2);
		assertThat(CommandLine.run(context, "load", "seeds", "--dataset")).isEqualTo(2);
		assertThat(CommandLine.run(context, "lode", "seeds")).isEqualTo(2);
		assertThat(output.getErr()).contains("Missing required parameter: '<folder|file>'",
				"Missing required parameter for option '--dataset'", "Unmatched arguments from index 0: 'lode', 'seeds'",
				"Usage: jk-graph load");
	}

	@Test
	void helpListsEveryCommandAndTheExitCodes(CapturedOutput output) {
		assertThat(CommandLine.run(context, "help")).isZero();
		assertThat(output.getOut()).contains("  load ", "  export ", "  extract ", "  evaluate ", "  generate ", "  bench ",
				"Exit codes:", "3   database unreachable").doesNotContain("  read ");
	}

	private long count() {
		try (Session session = driver.session()) {
			return session.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong();
		}
	}

}
