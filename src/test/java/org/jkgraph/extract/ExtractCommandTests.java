package org.jkgraph.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.jkgraph.command.CommandLine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar jk-graph.jar extract …} as a user runs it: exit codes and messages on bad input and wrong usage. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ExtractCommandTests {

	@Autowired
	ApplicationContext context;

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

		int exit = extract(good.toString(), binary.toString(), "--out=" + out, "--load");

		assertThat(exit).isEqualTo(1);
		assertThat(output.getErr()).contains(binary + " is binary, not text; nothing was extracted");
		assertThat(out).doesNotExist();
		assertThat(nodes()).isEqualTo(before);
	}

	@Test
	void anEmptyFileExitsOne(CapturedOutput output) throws IOException {
		Path empty = Files.writeString(folder.resolve("empty.txt"), " \n\n");

		assertThat(extract(empty.toString())).isEqualTo(1);
		assertThat(output.getErr()).contains(empty + " is empty; nothing was extracted");
	}

	@Test
	void wrongUsageExitsTwo(CapturedOutput output) {
		assertThat(extract()).isEqualTo(2);
		assertThat(extract(folder.toString(), "--published=soon")).isEqualTo(2);
		assertThat(output.getErr()).contains("Usage: jk-graph extract", "Invalid value for option '--published'");
	}

	@Test
	void aMissingFileIsInvalidInput(CapturedOutput output) {
		assertThat(extract("no/such/article.txt")).isEqualTo(1);
		assertThat(output.getErr()).contains("No such file or folder: no/such/article.txt");
	}

	@Test
	void extractingAndLoadingTheSameTextTwiceChangesNothingTheSecondTime(CapturedOutput output) throws IOException {
		Files.writeString(folder.resolve("a-week.txt"), """
				Japan lifted its export curbs on South Korea on Friday.

				Vice Foreign Minister Choi Jong-kun summoned the Japanese ambassador on Saturday to lodge a protest.
				""");
		String[] args = { folder.toString(), "--published=2021-07-19", "--publisher=Test Wire", "--load" };

		assertThat(extract(args)).isZero();
		String first = output.getOut();
		long nodes = nodes();
		String graph = graph();
		assertThat(extract(args)).isZero();
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

	private int extract(String... args) {
		String[] command = new String[args.length + 1];
		command[0] = "extract";
		System.arraycopy(args, 0, command, 1, args.length);
		return CommandLine.run(context, command);
	}

}
