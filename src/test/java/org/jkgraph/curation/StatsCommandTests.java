package org.jkgraph.curation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The stats command reads a folder of fact files, refuses one with problems, and prints the table. */
class StatsCommandTests {

	@TempDir
	Path folder;

	@Test
	void printsTheTableOfAValidFolder() throws IOException {
		Files.writeString(folder.resolve("sources.yaml"), """
				sources:
				  - {id: s, publisher: P, title: T, published: "2020-05-01", url: "https://example.org/s", type: news}
				""");

		Output output = run(folder.toString(), "--from=2020", "--to=2020");

		assertThat(output.code()).isEqualTo(0);
		assertThat(output.out().lines().map(line -> line.split("\\s+")[0]).toList()).containsExactly("year", "2020",
				"undated", "total");
	}

	@Test
	void countsNothingInAFolderWithProblems() throws IOException {
		Files.writeString(folder.resolve("events.yaml"), """
				events:
				  - {id: e, type: no_such_type, date: "2020", title: E, sources: [{source: missing}]}
				""");

		Output output = run(folder.toString());

		assertThat(output.code()).isEqualTo(1);
		assertThat(output.out()).isEmpty();
		assertThat(output.err()).contains("events.yaml:2").contains("nothing counted");
	}

	@Test
	void aMalformedYearOrUnknownOptionIsAUsageError() {
		assertThat(run("--from=twenty").code()).isEqualTo(2);
		assertThat(run("--fast").err()).contains("unknown option --fast").contains("usage: stats");
		assertThat(run(folder.resolve("absent").toString()).code()).isEqualTo(1);
	}

	private static Output run(String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
		ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
		System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
		try {
			int code = new StatsCommand().run(List.of(args));
			return new Output(code, capturedOut.toString(StandardCharsets.UTF_8),
					capturedErr.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

	private record Output(int code, String out, String err) {
	}

}
