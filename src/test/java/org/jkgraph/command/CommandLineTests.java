package org.jkgraph.command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jkgraph.JkGraphApplication;
import org.jkgraph.embedded.EmbeddedNeo4jStartException;
import org.jkgraph.facts.Problem;
import org.jkgraph.load.InvalidFactsException;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.beans.factory.BeanCreationException;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of failure has its exit code and one line saying what failed and what to do. */
class CommandLineTests {

	@Test
	void invalidInputExitsOne() {
		CommandLine.Failures.Failure failure = CommandLine.Failures.classify(new InvalidFactsException(
				List.of(new Problem("seeds/events/2023.yaml", 6, "events[0].date", "'2023-02-30' is an impossible date"))));
		assertThat(failure.code()).isEqualTo(ExitCode.INVALID_INPUT).isEqualTo(1);
		assertThat(failure.message()).contains("seeds/events/2023.yaml:6: events[0].date: '2023-02-30' is an impossible date");
	}

	@Test
	void anUnreachableDatabaseExitsThreeWhateverWrapsIt() {
		CommandLine.Failures.Failure failure = CommandLine.Failures.classify(new BeanCreationException("schemaMigrations",
				"Could not create", new ServiceUnavailableException("Unable to connect to 127.0.0.1:7687")));
		assertThat(failure.code()).isEqualTo(ExitCode.DATABASE_UNREACHABLE).isEqualTo(3);
		assertThat(failure.message()).startsWith("Cannot reach the database (Unable to connect to 127.0.0.1:7687).")
			.contains("spring.neo4j.uri").doesNotContain("\n");
		assertThat(CommandLine.Failures.classify(new IllegalStateException("start",
				new EmbeddedNeo4jStartException("The store data/neo4j is in use by another process"))).code())
			.isEqualTo(ExitCode.DATABASE_UNREACHABLE);
	}

	@Test
	void aFailingDatabaseExitsFour() {
		CommandLine.Failures.Failure failure = CommandLine.Failures.classify(new TransientException(
				"Neo.TransientError.General.MemoryPoolOutOfMemoryError", "The allocation of an extra 2 MiB would use more than the limit"));
		assertThat(failure.code()).isEqualTo(ExitCode.DATABASE_FAILED).isEqualTo(4);
		assertThat(failure.message()).contains("rolled back").doesNotContain("\n");
		assertThat(CommandLine.Failures.classify(new ClientException("Neo.ClientError.Transaction.TransactionTimedOut", "timed out"))
			.code()).isEqualTo(ExitCode.DATABASE_FAILED);
	}

	@Test
	void aFileThatCannotBeWrittenIsOneLineAndVerboseShowsWhere() {
		String err = errorOf(ExitCode.INVALID_INPUT, "generate", "--events=1", "--out=/proc/no-such-place/out");
		assertThat(err).contains("Check the path and its permissions").doesNotContain("\tat ");
		assertThat(err.lines()).hasSize(1);
		assertThat(errorOf(ExitCode.INVALID_INPUT, "generate", "--events=1", "--out=/proc/no-such-place/out", "--verbose"))
			.contains("\tat ");
	}

	@Test
	void anythingElseExitsFiveAndSaysHowToSeeMore() {
		CommandLine.Failures.Failure failure = CommandLine.Failures.classify(new IllegalStateException("boom\nsecond line"));
		assertThat(failure.code()).isEqualTo(ExitCode.FAILED).isEqualTo(5);
		assertThat(failure.message()).isEqualTo("Failed: boom");
	}

	@Test
	void usageErrorsExitTwoAndHelpExitsZero() {
		assertThat(errorOf(ExitCode.USAGE, "generate", "--events=0", "--out=x")).contains("must be at least 1");
		assertThat(errorOf(ExitCode.USAGE, "frobnicate")).contains("Unmatched argument at index 0: 'frobnicate'");
		assertThat(CommandLine.run(JkGraphApplication.class, new String[] { "generate", "--help" })).isZero();
	}

	private static String errorOf(int exitCode, String... args) {
		PrintStream original = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			assertThat(CommandLine.run(JkGraphApplication.class, args)).isEqualTo(exitCode);
		}
		finally {
			System.setErr(original);
		}
		return captured.toString(StandardCharsets.UTF_8);
	}

}
