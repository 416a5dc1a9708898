package org.jkgraph.load.bulk;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jkgraph.JkGraphApplication;
import org.jkgraph.command.CommandLine;
import org.jkgraph.embedded.Neo4jPassword;
import org.jkgraph.support.GraphSnapshot;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code load --bulk} as a user runs it, each time in a JVM-like run of the command line on a store of its own: the
 * graph it makes is the transactional loader's, property for property; a transactional load afterwards changes
 * nothing; stores it cannot import into are refused with nothing written.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BulkLoadTests {

	/** The curated seeds: every fact kind, claims, measure changes, observations. */
	private static final String SEEDS = "seeds";

	@TempDir
	static Path stores;

	@Test
	@Order(1)
	void aBulkLoadMakesTheGraphATransactionalLoadMakesPropertyForProperty() {
		Run transactional = load(stores.resolve("transactional"), SEEDS);
		Run bulk = load(stores.resolve("bulk"), SEEDS, "--bulk");
		assertThat(transactional.exit()).as(transactional.err()).isZero();
		assertThat(bulk.exit()).as(bulk.err()).isZero();
		assertThat(bulk.err()).contains("Loading in bulk through Neo4j's offline importer into the empty store")
			.containsPattern("Bulk import: [\\d,]+ nodes, [\\d,]+ relationships, [\\d,]+ properties in [\\d.]+ s");
		assertThat(bulk.out()).contains("kind", "created", "event", "total");

		GraphSnapshot expected = contents("transactional");
		GraphSnapshot actual = contents("bulk");
		assertThat(actual.nodes()).hasSize(expected.nodes().size()).hasSizeGreaterThan(1000);
		assertThat(actual.nodes()).containsExactlyEntriesOf(expected.nodes());
		assertThat(actual.relationships()).hasSizeGreaterThan(3000);
		assertThat(actual.relationships()).containsExactlyEntriesOf(expected.relationships());
	}

	@Test
	@Order(2)
	void aTransactionalLoadAfterABulkOneFindsEveryFactUnchanged() {
		GraphSnapshot before = contents("bulk");
		Run again = load(stores.resolve("bulk"), SEEDS);
		assertThat(again.exit()).as(again.err()).isZero();
		assertThat(again.out()).containsPattern("total\\s+0\\s+0\\s+\\d{4,}\\s+0")
			.contains("relationships written 0, removed 0");
		assertThat(contents("bulk")).isEqualTo(before);
	}

	@Test
	@Order(3)
	void aBulkLoadIntoAStoreWithFactsIsRefusedAndWritesNothing() {
		GraphSnapshot before = contents("bulk");
		Run refused = load(stores.resolve("bulk"), "src/test/resources/load/fixture", "--bulk");
		assertThat(refused.exit()).isEqualTo(1);
		assertThat(refused.err()).contains("Cannot load in bulk: the store ")
			.contains("is not empty. Nothing was written; load without --bulk, or into a new store.");
		assertThat(contents("bulk")).isEqualTo(before);
	}

	@Test
	@Order(4)
	void withAutoAStoreWithFactsIsLoadedTransactionallyAndSaysSo() {
		Run auto = load(stores.resolve("bulk"), SEEDS, "--bulk=auto");
		assertThat(auto.exit()).as(auto.err()).isZero();
		assertThat(auto.err()).contains("Loading transactionally, not in bulk: the store ").contains("is not empty");
		assertThat(auto.out()).contains("relationships written 0, removed 0");
	}

	@Test
	void aBulkLoadToARemoteNeo4jIsRefusedInOneLine() {
		Run refused = load(stores.resolve("never-made"), SEEDS, "--bulk", "--spring.neo4j.uri=bolt://127.0.0.1:1");
		assertThat(refused.exit()).isEqualTo(1);
		assertThat(refused.err().strip()).startsWith("Cannot load in bulk: spring.neo4j.uri names a remote Neo4j")
			.doesNotContain("\n");
		assertThat(stores.resolve("never-made")).doesNotExist();
	}

	@Test
	void aBadFileStopsABulkLoadWithFileLineAndFieldBeforeAnythingIsWritten() {
		Path store = stores.resolve("bad");
		Run bad = load(store, "src/test/resources/load/bad/events.yaml", "--bulk", "--dataset=bad");
		assertThat(bad.exit()).isEqualTo(1);
		assertThat(bad.err()).contains("nothing was loaded")
			.contains("src/test/resources/load/bad/events.yaml:6: events[0].date:");
		assertThat(store.resolve("data/databases/neo4j")).doesNotExist();
	}

	@Test
	@Order(5)
	void theBulkMadeStoreHasItsOwnerOnlyPasswordFileAsAServiceMadeOne() throws Exception {
		Path file = Neo4jPassword.fileFor(stores.resolve("bulk"));
		assertThat(file).exists();
		assertThat(Files.getPosixFilePermissions(file)).isEqualTo(
				Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
		assertThat(Files.readString(file).strip()).hasSizeGreaterThanOrEqualTo(32);
	}

	/** What the store holds, with each load's own values (ids and times) compared by their types only. */
	private static GraphSnapshot contents(String store) {
		return GraphSnapshot.ofStore(stores.resolve(store)).loadValuesAsTypes();
	}

	/** What a run of {@code java -jar jk-graph.jar load …} printed and how it exited. */
	private record Run(int exit, String out, String err) {
	}

	private static Run load(Path store, String... args) {
		List<String> all = new ArrayList<>(List.of("load"));
		all.addAll(List.of(args));
		all.addAll(List.of("--jkgraph.embedded.store-path=" + store, "--jkgraph.embedded.bolt-port=0",
				"--jkgraph.embedded.http-port=0", "--jkgraph.embedded.http-enabled=false"));
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
		ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
		System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
		int exit;
		try {
			exit = CommandLine.run(JkGraphApplication.class, all.toArray(String[]::new));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
		return new Run(exit, capturedOut.toString(StandardCharsets.UTF_8), capturedErr.toString(StandardCharsets.UTF_8));
	}

}
