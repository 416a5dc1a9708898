package org.jkgraph.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.jkgraph.JkGraphApplication;
import org.jkgraph.command.CommandLine;
import org.jkgraph.command.ExitCode;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark command's own input handling; the measurements themselves are documented in BENCHMARKS.md. */
class BenchCommandTests {

	@Test
	void missingOrUnknownArgumentsAreAUsageErrorThatStartsNothing() {
		assertThat(errorOf(ExitCode.USAGE, "bench")).contains("Name what to measure", "Usage: jk-graph bench");
		assertThat(errorOf(ExitCode.USAGE, "bench", "warp")).contains("Unmatched argument at index 1: 'warp'");
		assertThat(errorOf(ExitCode.USAGE, "bench", "load")).contains("Missing required option: '--data=<data>'");
		assertThat(errorOf(ExitCode.USAGE, "bench", "api", "--store")).contains("Missing required parameter for option '--store'");
	}

	@Test
	void inputThatCannotBeMeasuredIsInvalidInputSaidInOneLine() {
		assertThat(errorOf(ExitCode.INVALID_INPUT, "bench", "load", "--data=/nowhere", "--runs=loader,fastest"))
			.contains("Unknown run fastest");
		assertThat(errorOf(ExitCode.INVALID_INPUT, "bench", "load", "--data=/nowhere")).contains("No input at /nowhere")
			.doesNotContain("Exception", "\tat ");
	}

	@Test
	void aStartupVariantWithoutACommandOrNoRoundsStartsNothing() {
		assertThat(errorOf(ExitCode.INVALID_INPUT, "bench", "startup", "--variant=fat jar"))
			.contains("--variant needs LABEL=COMMAND");
		assertThat(errorOf(ExitCode.INVALID_INPUT, "bench", "startup", "--variant=fat= "))
			.contains("--variant needs LABEL=COMMAND");
		assertThat(errorOf(ExitCode.INVALID_INPUT, "bench", "startup", "--rounds=0")).contains("--rounds must be 1 or more");
	}

	@Test
	void aStartupVariantIsItsLabelAndItsCommandSplitAtSpaces() {
		StartupBenchmark.Variant variant = BenchCommand.Startup.variant("aot = java  -XX:AOTCache=a.aot -jar app.jar");
		assertThat(variant.label()).isEqualTo("aot");
		assertThat(variant.command()).containsExactly("java", "-XX:AOTCache=a.aot", "-jar", "app.jar");
		assertThat(StartupBenchmark.slug("before (2d017ca)")).isEqualTo("before-2d017ca");
	}

	@Test
	void sizesAreReadAsTheJvmWritesThem() {
		assertThat(BenchCommand.size("6g")).isEqualTo(DataSize.ofGigabytes(6));
		assertThat(BenchCommand.size("512m")).isEqualTo(DataSize.ofMegabytes(512));
		assertThat(BenchCommand.size("512MB")).isEqualTo(DataSize.ofMegabytes(512));
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
