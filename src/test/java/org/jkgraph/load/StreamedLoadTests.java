package org.jkgraph.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.jkgraph.bench.BaselineLoad;
import org.jkgraph.embedded.EmbeddedNeo4j;
import org.jkgraph.embedded.EmbeddedNeo4jProperties;
import org.jkgraph.facts.EventTypes;
import org.jkgraph.facts.FactFiles;
import org.jkgraph.support.GraphSnapshot;
import org.jkgraph.synthetic.SyntheticFacts;
import org.jkgraph.system.SchemaMigrations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The streamed path on a database of the test's own: a synthetic dataset loads into the same graph streamed (in
 * small chunks, with references to later chunks) as in memory; a reload changes nothing; a load cut off midway
 * leaves a prefix that running it again completes; bad input is rejected before anything is written.
 */
class StreamedLoadTests {

	@TempDir
	static Path work;

	static EmbeddedNeo4j neo4j;

	static Driver driver;

	static List<Path> files;

	static final int CHUNK = 100;

	static FactLoader loader;

	static GraphSnapshot inMemory;

	@BeforeAll
	static void start() {
		neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(true, work.resolve("store"), "127.0.0.1", 0, 0, false,
				null, DataSize.ofMegabytes(64), DataSize.ofMegabytes(512), Duration.ofSeconds(1), false));
		driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken());
		new SchemaMigrations(driver).afterPropertiesSet();
		SyntheticFacts.write(SyntheticFacts.Shape.forEvents(500), 42, EventTypes.fromClasspath(), work.resolve("synthetic"));
		files = FactFiles.pathsUnder(work.resolve("synthetic"));
		// Chunks of 100 facts in batches of 25 rows: several transactions, and "causes" reaching into later chunks.
		loader = new FactLoader(driver, new LoadProperties(25, Duration.ofMinutes(2), LoadProperties.SeedsOnStartup.NEVER,
				"seeds", DataSize.ofGigabytes(1), CHUNK), org.jkgraph.facts.DefaultModel.get());
		wipe();
		LoadReport report = loader.load(files, "synthetic", true, LoadProgress.SILENT);
		assertThat(report.total().created()).isGreaterThan(500);
		inMemory = snapshot();
	}

	@AfterAll
	static void stop() {
		driver.close();
		neo4j.close();
	}

	@BeforeEach
	void empty() {
		wipe();
	}

	@Test
	void aStreamedLoadWritesTheGraphAnInMemoryLoadWrites() {
		LoadReport report = loader.loadStreamed(files, "synthetic", true, LoadProgress.SILENT);
		assertThat(snapshot()).isEqualTo(inMemory);
		assertThat(report.total().created()).isEqualTo(inMemory.nodes().size());
		assertThat(count("MATCH (n:Fact) WHERE n.hash IS NULL RETURN count(n) AS n")).as("placeholders left").isZero();
	}

	@Test
	void theBenchmarksHandWrittenBaselineWritesTheGraphTheLoaderWrites() {
		// The load benchmark compares speeds; that means something only if both write the same graph.
		assertThat(new BaselineLoad(driver, CHUNK, 25, false).load(files, "synthetic")).isGreaterThan(500);
		assertThat(snapshot()).isEqualTo(inMemory);
		wipe();
		new BaselineLoad(driver, CHUNK, 25, true).load(files, "synthetic");
		assertThat(snapshot()).isEqualTo(inMemory);
	}

	@Test
	void loadingTheSameInputAgainChangesNothing() {
		loader.loadStreamed(files, "synthetic", true, LoadProgress.SILENT);
		GraphSnapshot before = GraphSnapshot.of(driver);
		LoadReport again = loader.loadStreamed(files, "synthetic", true, LoadProgress.SILENT);
		assertThat(again.changedAnything()).isFalse();
		assertThat(again.total().unchanged()).isEqualTo(inMemory.nodes().size());
		assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
	}

	@Test
	void aLoadCutOffMidwayLeavesAPrefixThatARerunCompletes() {
		AtomicInteger chunks = new AtomicInteger();
		LoadProgress crashAfterThreeChunks = new LoadProgress() {
			private boolean writing;

			@Override
			public void step(String name, int total) {
				writing = name.startsWith("writing");
			}

			@Override
			public void advance(int done) {
				if (writing && chunks.incrementAndGet() == 3) {
					throw new IllegalStateException("crash");
				}
			}
		};
		assertThatThrownBy(() -> loader.loadStreamed(files, "synthetic", true, crashAfterThreeChunks))
			.hasMessage("crash");
		long written = count("MATCH (n:Fact) WHERE n.hash IS NOT NULL RETURN count(n) AS n");
		assertThat(written).as("three chunks of facts, claims aside").isBetween(3L * CHUNK, 3L * CHUNK + 10);
		assertThat(count("MATCH (l:Load {dataset: 'synthetic', status: 'failed'}) WHERE l.error = 'crash' RETURN count(l) AS n"))
			.as("a record that the load did not finish").isEqualTo(1);

		LoadReport rerun = loader.loadStreamed(files, "synthetic", true, LoadProgress.SILENT);
		assertThat(rerun.total().unchanged()).isEqualTo(written);
		assertThat(snapshot()).isEqualTo(inMemory);
		assertThat(count("MATCH (l:Load {dataset: 'synthetic', status: 'recovered', recoveredBy: $id}) RETURN count(l) AS n"
			.replace("$id", "'" + rerun.loadId() + "'"))).as("the failed load, completed by the rerun").isEqualTo(1);
		assertThat(count("MATCH (l:Load {id: '" + rerun.loadId() + "', status: 'done'}) RETURN count(l) AS n")).isEqualTo(1);
	}

	@Test
	void badInputIsRejectedWithFileLineAndFieldBeforeAnythingIsWritten() {
		List<Path> bad = FactFiles.pathsUnder(Path.of("src/test/resources/facts/jsonl-mistakes"));
		assertThatThrownBy(() -> loader.loadStreamed(bad, "test-bad", false, LoadProgress.SILENT))
			.isInstanceOfSatisfying(InvalidFactsException.class, ex -> assertThat(ex.problems()).isNotEmpty()
				.allSatisfy(p -> assertThat(p.file()).endsWith("mistakes.jsonl"))
				.allSatisfy(p -> assertThat(p.line()).isPositive()));
		assertThat(count("MATCH (n) RETURN count(n) AS n")).isZero();
	}

	@Test
	void filesNamedByTheCallerKeepThatNameInProblemsAndProvenanceSoARepostChangesNothing() throws Exception {
		Function<Path, String> asPosted = path -> "request:facts.jsonl";
		Path spooled = Files.createDirectories(work.resolve("spooled-1")).resolve("facts.jsonl");
		Files.writeString(spooled, TOPIC.formatted("test-spooled-topic") + "{\"fact\":\"topic\",\"id\":\"x\"}\n"); // line 3
		assertThatThrownBy(
				() -> loader.loadStreamed(List.of(spooled), asPosted, "test-spooled", false, false, LoadProgress.SILENT))
			.isInstanceOfSatisfying(InvalidFactsException.class, ex -> assertThat(ex.problems()).isNotEmpty()
				.allSatisfy(p -> assertThat(p.file()).isEqualTo("request:facts.jsonl"))
				.anySatisfy(p -> assertThat(p.line()).isEqualTo(3)));
		assertThat(count("MATCH (n) RETURN count(n) AS n")).isZero();

		Files.writeString(spooled, TOPIC.formatted("test-spooled-topic"));
		loader.loadStreamed(List.of(spooled), asPosted, "test-spooled", false, false, LoadProgress.SILENT);
		try (Session session = driver.session()) {
			assertThat(session.run("MATCH (t:Fact {id: 'test-spooled-topic'}) RETURN t.file AS file").single().get("file")
				.asString()).isEqualTo("request:facts.jsonl");
		}
		// the next post of the same body lands in another temporary folder: still the same facts
		Path again = Files.createDirectories(work.resolve("spooled-2")).resolve("facts.jsonl");
		Files.writeString(again, TOPIC.formatted("test-spooled-topic"));
		LoadReport report = loader.loadStreamed(List.of(again), asPosted, "test-spooled", false, false, LoadProgress.SILENT);
		assertThat(report.total().unchanged()).isEqualTo(2); // the topic and its source
		assertThat(report.total().created() + report.total().updated()).isZero();
	}

	private static final String TOPIC = "{\"fact\":\"topic\",\"id\":\"%s\",\"name\":\"Spooled\","
			+ "\"sources\":[{\"source\":\"spooled-source\"}]}\n"
			+ "{\"fact\":\"source\",\"id\":\"spooled-source\",\"title\":\"A source\",\"publisher\":\"Test\",\"published\":\"2023-03\"}\n";

	@Test
	void aFullStreamedLoadRemovesFactsNoLongerInItsInput() {
		loader.loadStreamed(files, "synthetic", true, LoadProgress.SILENT);
		try (Session session = driver.session()) {
			session.run("CREATE (:Fact:Topic {id: 'gone-topic', dataset: 'synthetic', fact: 'topic', hash: 'x'})").consume();
		}
		LoadReport report = loader.loadStreamed(files, "synthetic", true, LoadProgress.SILENT);
		assertThat(report.facts().get("topic").removed()).isEqualTo(1);
		assertThat(snapshot()).isEqualTo(inMemory);
	}

	/** The facts and their relationships, with the load's own values (ids and times) kept as their types. */
	private static GraphSnapshot snapshot() {
		return GraphSnapshot.of(neo4j.database()).factsOnly().loadValuesAsTypes();
	}

	private static void wipe() {
		try (Session session = driver.session()) {
			session.run("MATCH (n) DETACH DELETE n").consume();
		}
	}

	private static long count(String query) {
		try (Session session = driver.session()) {
			return session.run(query).single().get("n").asLong();
		}
	}

}
