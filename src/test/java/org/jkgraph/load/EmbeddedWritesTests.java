package org.jkgraph.load;

import java.lang.reflect.Array;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jkgraph.embedded.EmbeddedNeo4j;
import org.jkgraph.embedded.EmbeddedNeo4jProperties;
import org.jkgraph.facts.DefaultModel;
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
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.graphdb.Entity;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The loader writes the same graph in this JVM on the embedded database as through the Driver: the curated seeds
 * and a synthetic dataset, in one transaction and streamed, compared node for node and relationship for
 * relationship with every property and its stored Java type (a 32-bit integer where Bolt would have sent a 64-bit
 * one would show). A load through one path is unchanged through the other, and a load the database refuses
 * leaves nothing behind and fails with the Driver's exception, as over Bolt.
 */
class EmbeddedWritesTests {

	@TempDir
	static Path work;

	static EmbeddedNeo4j neo4j;

	static Driver driver;

	static FactLoader overBolt;

	static FactLoader inProcess;

	static List<Path> seeds;

	static List<Path> synthetic;

	@BeforeAll
	static void start() {
		neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(true, work.resolve("store"), "127.0.0.1", 0, 0, false,
				null, DataSize.ofMegabytes(64), DataSize.ofMegabytes(512), Duration.ofSeconds(1), false));
		driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken());
		new SchemaMigrations(driver).afterPropertiesSet();
		SyntheticFacts.write(SyntheticFacts.Shape.forEvents(150), 7, EventTypes.fromClasspath(), work.resolve("synthetic"));
		synthetic = FactFiles.pathsUnder(work.resolve("synthetic"));
		seeds = FactFiles.pathsUnder(Path.of("seeds"));
		// Chunks of 100 facts in batches of 25 rows when streamed: several transactions, references to later chunks.
		LoadProperties properties = new LoadProperties(25, Duration.ofMinutes(2), LoadProperties.SeedsOnStartup.NEVER,
				"seeds", DataSize.ofGigabytes(1), 100);
		overBolt = new FactLoader(driver, properties, DefaultModel.get());
		inProcess = new FactLoader(neo4j.database(), driver, properties, DefaultModel.get());
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
	void theSeedsLoadIntoTheSameGraphInProcessAsOverBolt() {
		overBolt.load(seeds, "seeds", true, LoadProgress.SILENT);
		GraphSnapshot bolt = snapshot();
		wipe();
		LoadReport report = inProcess.load(seeds, "seeds", true, LoadProgress.SILENT);
		assertThat(report.total().created()).isGreaterThan(1000);
		assertThat(report.relationshipsWritten()).isGreaterThan(3000);
		assertThat(snapshot()).isEqualTo(bolt);
	}

	@Test
	void aStreamedLoadWritesTheSameGraphInProcessAsOverBolt() {
		overBolt.loadStreamed(synthetic, "synthetic", true, LoadProgress.SILENT);
		GraphSnapshot bolt = snapshot();
		wipe();
		inProcess.loadStreamed(synthetic, "synthetic", true, LoadProgress.SILENT);
		assertThat(snapshot()).isEqualTo(bolt);
		wipe();
		inProcess.load(synthetic, "synthetic", true, LoadProgress.SILENT);
		assertThat(snapshot()).as("in one transaction").isEqualTo(bolt);
	}

	@Test
	void aLoadThroughOnePathIsUnchangedThroughTheOther() {
		overBolt.load(seeds, "seeds", true, LoadProgress.SILENT);
		GraphSnapshot loaded = snapshotWithLoadTimes();
		LoadReport again = inProcess.load(seeds, "seeds", true, LoadProgress.SILENT);
		assertThat(again.total().changedAnything()).isFalse();
		assertThat(again.relationshipsWritten()).isZero();
		assertThat(snapshotWithLoadTimes()).as("nothing rewritten, not even a time").isEqualTo(loaded);
		wipe();
		inProcess.loadStreamed(synthetic, "synthetic", true, LoadProgress.SILENT);
		LoadReport streamedAgain = overBolt.loadStreamed(synthetic, "synthetic", true, LoadProgress.SILENT);
		assertThat(streamedAgain.total().changedAnything()).isFalse();
		assertThat(streamedAgain.relationshipsWritten()).isZero();
	}

	@Test
	void aLoadTheDatabaseRefusesLeavesNothingAndFailsAsOverBolt() {
		// A source node outside the loader's :Fact ids: writing the seeds' source of that id breaks source_id.
		String sourceId = firstSourceId();
		try (Session session = driver.session()) {
			session.run("CREATE (:Source {id: $id})", Map.of("id", sourceId)).consume();
		}
		assertThatThrownBy(() -> inProcess.load(seeds, "seeds", true, LoadProgress.SILENT))
			.isInstanceOfSatisfying(ClientException.class,
					ex -> assertThat(ex.code()).isEqualTo("Neo.ClientError.Schema.ConstraintValidationFailed"));
		try (Session session = driver.session()) {
			assertThat(session.run("MATCH (n:Fact) RETURN count(n) AS n").single().get("n").asLong()).isZero();
		}
	}

	/** The id of the first source the seeds give, read from the graph a load of them writes. */
	private static String firstSourceId() {
		inProcess.load(seeds, "seeds", true, LoadProgress.SILENT);
		String id;
		try (Session session = driver.session()) {
			id = session.run("MATCH (s:Fact:Source) RETURN s.id AS id ORDER BY id LIMIT 1").single().get("id").asString();
		}
		wipe();
		return id;
	}

	/**
	 * Every node but the loads' records, and every relationship, read in this JVM so that each value keeps the Java
	 * type it is stored as (Bolt would make every integer a long and every array a list); the load's own values (ids
	 * and times) as their types.
	 */
	private static GraphSnapshot snapshot() {
		return snapshotWithLoadTimes().loadValuesAsTypes();
	}

	private static GraphSnapshot snapshotWithLoadTimes() {
		return GraphSnapshot.of(neo4j.database()).withoutLoads();
	}

	private static void wipe() {
		try (Session session = driver.session()) {
			session.run("MATCH (n) DETACH DELETE n").consume();
		}
	}

}
