package org.jkgraph.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar jk-graph.jar extract …} as a user runs it: exit codes and messages on bad input and wrong usage. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ExtractCommandTests {

	@Autowired
	ExtractCommand command;

	@Autowired
	Driver driver;

	@TempDir
	Path folder;

	@Test
	void aBinaryFileExitsOneSayingSoAndExtractsAndLoadsNothing(CapturedOutput output) throws IOException {
		Path good = Files.writeString(folder.resolve("a-good.txt"), "Japan lifted its export curbs on South Korea on Friday.\n");
		Path binary = Files.write(folder.resolve("b-photo.txt"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 });
		Path out = folder.resolve("facts.jsonl");
		long before = nodes();

		int exit = command.run(List.of(good.toString(), binary.toString(), "--out=" + out, "--load"));

		assertThat(exit).isEqualTo(1);
		assertThat(output.getErr()).contains(binary + " is binary, not text; nothing was extracted");
		assertThat(out).doesNotExist();
		assertThat(nodes()).isEqualTo(before);
	}

	@Test
	void anEmptyFileExitsOne(CapturedOutput output) throws IOException {
		Path empty = Files.writeString(folder.resolve("empty.txt"), " \n\n");

		assertThat(command.run(List.of(empty.toString()))).isEqualTo(1);
		assertThat(output.getErr()).contains(empty + " is empty; nothing was extracted");
	}

	@Test
	void wrongUsageExitsTwo(CapturedOutput output) {
		assertThat(command.run(List.of())).isEqualTo(2);
		assertThat(command.run(List.of("no/such/article.txt"))).isEqualTo(2);
		assertThat(command.run(List.of(folder.toString(), "--published=soon"))).isEqualTo(2);
		assertThat(output.getErr()).contains("usage: extract", "No such file or folder: no/such/article.txt",
				"--published:");
	}

	@Test
	void extractingAndLoadingTheSameTextTwiceChangesNothingTheSecondTime(CapturedOutput output) throws IOException {
		Files.writeString(folder.resolve("a-week.txt"), """
				Japan lifted its export curbs on South Korea on Friday.

				Vice Foreign Minister Choi Jong-kun summoned the Japanese ambassador on Saturday to lodge a protest.
				""");
		List<String> args = List.of(folder.toString(), "--published=2021-07-19", "--publisher=Test Wire", "--load");

		assertThat(command.run(args)).isZero();
		String first = output.getOut();
		long nodes = nodes();
		String graph = graph();
		assertThat(command.run(args)).isZero();
		String second = output.getOut().substring(first.length());

		assertThat(first).containsPattern("source\\s+1\\s+0\\s+0");
		assertThat(second).containsPattern("total\\s+0\\s+0\\s+\\d+\\s+0");
		assertThat(nodes()).isEqualTo(nodes);
		assertThat(graph()).isEqualTo(graph);
	}

	/** The test database is shared by every integration test: the extracted facts loaded here must not stay. */
	@org.junit.jupiter.api.AfterEach
	void removeExtractedFacts() {
		try (Session session = driver.session()) {
			session.run("MATCH (n {dataset: 'extracted'}) DETACH DELETE n").consume();
		}
	}

	/** Every extracted node with its properties but the load bookkeeping, in a stable order. */
	private String graph() {
		try (Session session = driver.session()) {
			return session.run("""
					MATCH (n {dataset: 'extracted'})
					RETURN n.id AS id, [k IN keys(n) WHERE NOT k IN ['loadId', 'firstLoaded', 'lastChanged'] | [k, n[k]]] AS p
					ORDER BY id""").list(r -> r.get("id").asString() + r.get("p").toString()).toString();
		}
	}

	private long nodes() {
		try (Session session = driver.session()) {
			return session.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong();
		}
	}

}
