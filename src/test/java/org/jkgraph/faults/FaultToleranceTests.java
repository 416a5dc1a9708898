package org.jkgraph.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jkgraph.embedded.EmbeddedNeo4j;
import org.jkgraph.embedded.EmbeddedNeo4jProperties;
import org.jkgraph.facts.FactFiles;
import org.jkgraph.load.FactLoader;
import org.jkgraph.load.LoadProgress;
import org.jkgraph.load.LoadProperties;
import org.jkgraph.load.LoadRequest;
import org.jkgraph.system.SchemaMigrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.neo4j.health.Neo4jHealthIndicator;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Crashes and races on a database of the test's own (it is stopped and restarted on purpose): a load cut off
 * midway leaves nothing behind and a rerun converges; concurrent loads give the graph a sequential one gives; the
 * health check follows the database down and back up.
 */
class FaultToleranceTests {

	private static final Path SEEDS = Path.of("seeds");

	@TempDir
	Path store;

	@Test
	void aLoadCutOffByTheDatabaseStoppingLeavesNothingAndARerunConverges() {
		int port;
		EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties(0));
		port = neo4j.boltUri().getPort();
		try (Driver driver = driver(neo4j)) {
			new SchemaMigrations(driver).afterPropertiesSet();
			FactLoader loader = new FactLoader(driver, new LoadProperties(50, Duration.ofMinutes(2),
					LoadProperties.SeedsOnStartup.NEVER, "seeds"), org.jkgraph.facts.DefaultModel.get());
			AtomicBoolean stopped = new AtomicBoolean();
			LoadProgress stopMidway = new LoadProgress() {
				@Override
				public void advance(int done) {
					if (stopped.compareAndSet(false, true)) {
						neo4j.close(); // the database goes away between two batches of one load
					}
				}
			};
			assertThatThrownBy(() -> loader.load(seedsRequest(), stopMidway)).isInstanceOf(RuntimeException.class);
			assertThat(stopped).isTrue();
		}
		EmbeddedNeo4j restarted = EmbeddedNeo4j.start(properties(port));
		try (restarted; Driver driver = driver(restarted)) {
			assertThat(factCount(driver)).isZero();
			FactLoader loader = new FactLoader(driver, new LoadProperties(50, Duration.ofMinutes(2),
					LoadProperties.SeedsOnStartup.NEVER, "seeds"), org.jkgraph.facts.DefaultModel.get());
			loader.load(seedsRequest(), LoadProgress.SILENT);
			long loaded = factCount(driver);
			assertThat(loaded).isPositive();
			assertThat(loader.load(seedsRequest(), LoadProgress.SILENT).changedAnything()).isFalse();
			assertThat(factCount(driver)).isEqualTo(loaded);
		}
	}

	@Test
	void twoConcurrentLoadsOfTheSameFactsGiveTheGraphOfOneLoad() throws Exception {
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties(0)); Driver driver = driver(neo4j)) {
			new SchemaMigrations(driver).afterPropertiesSet();
			FactLoader loader = new FactLoader(driver, new LoadProperties(100, Duration.ofMinutes(2),
					LoadProperties.SeedsOnStartup.NEVER, "seeds"), org.jkgraph.facts.DefaultModel.get());
			CompletableFuture<?> first = CompletableFuture.runAsync(() -> loader.load(seedsRequest(), LoadProgress.SILENT));
			CompletableFuture<?> second = CompletableFuture.runAsync(() -> loader.load(seedsRequest(), LoadProgress.SILENT));
			CompletableFuture.allOf(first, second).get();
			long nodes = factCount(driver);
			long relationships = relationshipCount(driver);
			assertThat(loader.load(seedsRequest(), LoadProgress.SILENT).changedAnything())
				.as("a third, sequential load finds nothing to change").isFalse();
			assertThat(factCount(driver)).isEqualTo(nodes);
			assertThat(relationshipCount(driver)).isEqualTo(relationships);
			try (Session session = driver.session()) {
				assertThat(session.run("MATCH (n:Fact) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(id) AS d")
					.single().get("d").asLong()).as("duplicate ids").isZero();
			}
		}
	}

	@Test
	void fourConcurrentIdenticalLoadsChangeTheGraphOnceAndReportTheRestUnchanged() throws Exception {
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties(0)); Driver driver = driver(neo4j)) {
			new SchemaMigrations(driver).afterPropertiesSet();
			FactLoader loader = new FactLoader(driver, new LoadProperties(100, Duration.ofMinutes(2),
					LoadProperties.SeedsOnStartup.NEVER, "seeds"), org.jkgraph.facts.DefaultModel.get());
			List<CompletableFuture<org.jkgraph.load.LoadReport>> loads = java.util.stream.IntStream.range(0, 4)
				.mapToObj(i -> CompletableFuture.supplyAsync(() -> loader.load(seedsRequest(), LoadProgress.SILENT)))
				.toList();
			List<org.jkgraph.load.LoadReport> reports = new java.util.ArrayList<>();
			for (CompletableFuture<org.jkgraph.load.LoadReport> load : loads) {
				reports.add(load.get());
			}
			assertThat(reports).filteredOn(org.jkgraph.load.LoadReport::changedAnything).hasSize(1);
			assertThat(reports).filteredOn(report -> !report.changedAnything()).hasSize(3)
				.allSatisfy(report -> assertThat(report.total().updated() + report.total().created()).isZero());
			try (Session session = driver.session()) {
				assertThat(session.run("MATCH (l:Load) RETURN count(l) AS n").single().get("n").asLong())
					.as(":Load records").isEqualTo(1);
				assertThat(session.run("MATCH (n:Fact) RETURN count(DISTINCT n.lastChanged) AS n").single().get("n")
					.asLong()).as("distinct lastChanged").isEqualTo(1);
			}
		}
	}

	@Test
	void healthFollowsTheDatabaseDownAndBackUp() {
		EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties(0));
		int port = neo4j.boltUri().getPort();
		try (Driver driver = driver(neo4j)) {
			Neo4jHealthIndicator health = new Neo4jHealthIndicator(driver);
			assertThat(health.health().getStatus()).isEqualTo(Status.UP);
			neo4j.close();
			assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
			try (EmbeddedNeo4j restarted = EmbeddedNeo4j.start(properties(port))) {
				assertThat(health.health().getStatus()).isEqualTo(Status.UP);
			}
		}
	}

	private static LoadRequest seedsRequest() {
		return new LoadRequest(FactFiles.under(SEEDS), "seeds", true);
	}

	private EmbeddedNeo4jProperties properties(int boltPort) {
		return new EmbeddedNeo4jProperties(true, store.resolve("neo4j"), "127.0.0.1", boltPort, 0, false, null, DataSize.ofMegabytes(32),
				DataSize.ofMegabytes(512), Duration.ofSeconds(1), false);
	}

	private static Driver driver(EmbeddedNeo4j neo4j) {
		return GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken(),
				Config.builder().withMaxTransactionRetryTime(5, java.util.concurrent.TimeUnit.SECONDS).build());
	}

	private static long factCount(Driver driver) {
		try (Session session = driver.session()) {
			return session.run("MATCH (n:Fact) RETURN count(n) AS n").single().get("n").asLong();
		}
	}

	private static long relationshipCount(Driver driver) {
		try (Session session = driver.session()) {
			return session.run("MATCH (:Fact)-[r]->(:Fact) RETURN count(r) AS n").single().get("n").asLong();
		}
	}

}
