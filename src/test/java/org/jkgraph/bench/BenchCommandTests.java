package org.jkgraph.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark command's own input handling; the measurements themselves are documented in BENCHMARKS.md. */
class BenchCommandTests {

	@Test
	void missingOrUnknownArgumentsAreAUsageErrorThatStartsNothing() {
		assertThat(errorOf(List.of())).contains("usage: bench all");
		assertThat(errorOf(List.of("warp"))).contains("usage: bench");
		assertThat(errorOf(List.of("load"))).contains("--data is required");
		assertThat(errorOf(List.of("api", "--store"))).contains("Unexpected argument --store");
		assertThat(errorOf(List.of("load", "--data=/nowhere", "--runs=loader,fastest"))).contains("Unknown run fastest");
		assertThat(errorOf(List.of("load", "--data=/nowhere"))).contains("No input at /nowhere");
	}

	@Test
	void sizesAreReadAsTheJvmWritesThem() {
		assertThat(BenchCommand.size("6g")).isEqualTo(DataSize.ofGigabytes(6));
		assertThat(BenchCommand.size("512m")).isEqualTo(DataSize.ofMegabytes(512));
		assertThat(BenchCommand.size("512MB")).isEqualTo(DataSize.ofMegabytes(512));
	}

	private static String errorOf(List<String> args) {
		PrintStream original = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			assertThat(new BenchCommand().run(args)).isEqualTo(2);
		}
		finally {
			System.setErr(original);
		}
		return captured.toString(StandardCharsets.UTF_8);
	}

}
