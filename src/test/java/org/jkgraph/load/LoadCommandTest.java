package org.jkgraph.load;

import java.util.List;

import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar jk-graph.jar load …} as a user runs it: exit code, summary, and messages on bad input. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoadCommandTest {

	@Autowired
	LoadCommand command;

	@Autowired
	Driver driver;

	@Test
	void loadingTheSeedsFolderPrintsASummaryAndExitsZero(CapturedOutput output) {
		assertThat(command.run(List.of("seeds"))).isZero();
		assertThat(output.getOut()).contains("kind", "created", "unchanged", "event", "total")
			.contains("dataset 'seeds'");
	}

	@Test
	void aBadFileExitsNonZeroNamingFileLineAndFieldAndWritesNothing(CapturedOutput output) {
		long before = count();
		int exit = command.run(List.of("src/test/resources/load/bad/events.yaml", "--dataset=test-cli"));
		assertThat(exit).isEqualTo(1);
		assertThat(output.getErr()).contains("nothing was loaded")
			.contains("src/test/resources/load/bad/events.yaml:6: events[0].date:")
			.contains("events[1].type");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aMissingPathIsAUsageError(CapturedOutput output) {
		assertThat(command.run(List.of("no/such/folder"))).isEqualTo(2);
		assertThat(output.getErr()).contains("No such file or folder: no/such/folder");
	}

	private long count() {
		try (Session session = driver.session()) {
			return session.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong();
		}
	}

}
