package org.jkgraph.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jkgraph.facts.Fact;
import org.jkgraph.facts.FactFiles;
import org.jkgraph.facts.FactReader;
import org.jkgraph.facts.FactSet;
import org.jkgraph.support.GraphSnapshot;
import org.jkgraph.support.IntegrationTest;
import org.jkgraph.support.TestDatasets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The loader against the real database, with the curated seeds loaded at start-up. */
@IntegrationTest
class FactLoaderTests {

	private static final Path SEEDS = Path.of("seeds");

	private static final Path FIXTURE = Path.of("src/test/resources/load/fixture/facts.yaml");

	@Autowired
	FactLoader loader;

	@Autowired
	Driver driver;

	@AfterEach
	void removeTestDatasets() {
		TestDatasets.remove(driver);
	}

	@Test
	void afterStartUpTheGraphHoldsEverySeedFactOfEveryKind() {
		FactSet seeds = FactReader.read(FactFiles.under(SEEDS)).facts();
		Map<String, Long> expected = seeds.all()
			.stream()
			.collect(Collectors.groupingBy(f -> f.kind().id(), TreeMap::new, Collectors.counting()));
		expected.put("claim", seeds.all().stream().mapToLong(f -> f.claims().size()).sum());
		expected.values().removeIf(n -> n == 0);
		try (Session session = driver.session()) {
			Map<String, Long> inGraph = new TreeMap<>();
			session.run("MATCH (n:Fact {dataset: 'seeds'}) RETURN n.fact AS kind, count(*) AS n")
				.forEachRemaining(r -> inGraph.put(r.get("kind").asString(), r.get("n").asLong()));
			assertThat(inGraph).isEqualTo(expected);
		}
	}

	@Test
	void loadingTheSeedsAgainChangesNothing() {
		GraphSnapshot before = GraphSnapshot.of(driver);
		LoadReport report = loader.load(new LoadRequest(FactFiles.under(SEEDS), "seeds", true), LoadProgress.SILENT);
		assertThat(report.total().created() + report.total().updated() + report.total().removed()).isZero();
		assertThat(report.total().unchanged()).isPositive();
		assertThat(report.relationshipsWritten()).isZero();
		assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
	}

	@Test
	void aFileWithMistakesIsRejectedWithFileLineAndFieldAndTheGraphIsUnchanged() {
		GraphSnapshot before = GraphSnapshot.of(driver);
		LoadRequest bad = new LoadRequest(FactFiles.of(List.of(Path.of("src/test/resources/load/bad/events.yaml"))),
				"test-bad", false);
		assertThatThrownBy(() -> loader.load(bad, LoadProgress.SILENT)).isInstanceOfSatisfying(InvalidFactsException.class,
				ex -> assertThat(ex.problems()).extracting(p -> p.line() + " " + p.field())
					.contains("6 events[0].date", "10 events[0].participants[1].actor", "14 events[1].type")
					.allSatisfy(line -> assertThat(line).isNotBlank()));
		assertThatThrownBy(() -> loader.load(bad, LoadProgress.SILENT)).hasMessageContaining("bad/events.yaml:6:");
		assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
	}

	@Test
	void everyNodeAndRelationshipFromAFactSaysWhereItCameFrom() {
		try (Session session = driver.session()) {
			long nodesWithout = session.run("""
					MATCH (n:Fact)
					WHERE n.method IS NULL OR n.confidence IS NULL OR n.loadId IS NULL OR n.firstLoaded IS NULL
					   OR n.lastChanged IS NULL OR n.dataset IS NULL OR (NOT n:Source AND size(n.sources) = 0)
					RETURN count(n) AS n""").single().get("n").asLong();
			// A relationship names the fact that declares it, one at either of its ends, which holds its provenance.
			long relationshipsWithout = session.run("""
					MATCH (a:Fact)-[r]->(b:Fact)
					WHERE r.id IS NULL OR r.owner IS NULL OR NOT r.owner IN [a.id, b.id]
					RETURN count(r) AS n""").single().get("n").asLong();
			long relationships = session.run("MATCH (:Fact)-[r]->(:Fact) RETURN count(r) AS n").single().get("n").asLong();
			assertThat(nodesWithout).isZero();
			assertThat(relationships).isPositive();
			assertThat(relationshipsWithout).isZero();
		}
	}

	@Test
	void relationshipsKeepOnlyTheirOwnPropertiesNotCopiesOfTheirOwnersProvenance() {
		try (Session session = driver.session()) {
			List<String> copied = session.run("""
					MATCH (:Fact)-[r]->(:Fact)
					UNWIND keys(r) AS key
					WITH DISTINCT key
					WHERE key IN ['sources', 'method', 'confidence', 'dataset', 'hash', 'loadId', 'firstLoaded', 'lastChanged']
					RETURN key""").list(r -> r.get("key").asString());
			List<String> participation = session.run("""
					MATCH (:Actor)-[r:PARTICIPATED_IN]->(:Event)
					UNWIND keys(r) AS key
					RETURN DISTINCT key ORDER BY key""").list(r -> r.get("key").asString());
			assertThat(copied).isEmpty();
			assertThat(participation).contains("id", "owner", "role");
		}
	}

	@Test
	void aFullLoadRemovesFactsDroppedFromItsFilesAndNothingElse(@TempDir Path folder) throws Exception {
		Path copy = folder.resolve("facts.yaml");
		Files.copy(FIXTURE, copy);
		LoadReport first = loader.load(new LoadRequest(FactFiles.under(folder), "test-fixture", true), LoadProgress.SILENT);
		assertThat(first.facts().get("topic").created()).isEqualTo(2);
		assertThat(first.facts().get("event").created()).isEqualTo(1);
		long seedFacts = count("MATCH (n:Fact {dataset: 'seeds'}) RETURN count(n) AS n");

		String text = Files.readString(copy);
		Files.writeString(copy, text.replaceAll("(?s)  - id: test-topic-dropped.*?(?=events:)", "")
			.replace("[test-topic-kept, test-topic-dropped]", "[test-topic-kept]"));
		LoadReport second = loader.load(new LoadRequest(FactFiles.under(folder), "test-fixture", true), LoadProgress.SILENT);

		assertThat(second.facts().get("topic")).isEqualTo(new LoadCounts(0, 0, 1, 1));
		assertThat(second.facts().get("event")).isEqualTo(new LoadCounts(0, 1, 0, 0));
		assertThat(count("MATCH (n:Fact {id: 'test-topic-dropped'}) RETURN count(n) AS n")).isZero();
		assertThat(count("MATCH (:Event {id: 'test-fixture-call'})-[:ABOUT]->(t) RETURN count(t) AS n")).isEqualTo(1);
		assertThat(count("MATCH (n:Fact {dataset: 'seeds'}) RETURN count(n) AS n")).isEqualTo(seedFacts);
	}

	@Test
	void aLoadKeepsFirstLoadedAndMovesLastChangedOnlyForWhatChanged(@TempDir Path folder) throws Exception {
		Path copy = folder.resolve("facts.yaml");
		Files.copy(FIXTURE, copy);
		loader.load(new LoadRequest(FactFiles.under(folder), "test-times", true), LoadProgress.SILENT);
		Map<String, Object> before = times("test-fixture-call");
		Map<String, Object> topicBefore = times("test-topic-kept");
		Files.writeString(copy, Files.readString(copy).replace("A made-up call", "A made-up video call"));
		loader.load(new LoadRequest(FactFiles.under(folder), "test-times", true), LoadProgress.SILENT);
		Map<String, Object> after = times("test-fixture-call");
		assertThat(after.get("firstLoaded")).isEqualTo(before.get("firstLoaded"));
		assertThat(after.get("lastChanged")).isNotEqualTo(before.get("lastChanged"));
		assertThat(times("test-topic-kept")).isEqualTo(topicBefore);
	}

	@Test
	void aLoadThatWouldChangeAFactOfAnotherDatasetIsRefusedWithItsFileAndLine(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("intruder.jsonl");
		Files.writeString(file, topic("test-own-topic", "Ours") + topic("japan", "Japan, re-filed as a topic"));
		GraphSnapshot before = GraphSnapshot.of(driver);

		assertThatThrownBy(() -> loader.load(List.of(file), "test-intruder", false, LoadProgress.SILENT))
			.isInstanceOfSatisfying(ForeignFactsException.class, ex -> {
				assertThat(ex.owners()).isEqualTo(Map.of("japan", "seeds"));
				assertThat(ex.problems()).singleElement().satisfies(problem -> {
					assertThat(problem.file()).endsWith("intruder.jsonl");
					assertThat(problem.line()).isEqualTo(2);
					assertThat(problem.message()).contains("'japan'", "dataset 'seeds'", "--take-over");
				});
			});
		assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
	}

	@Test
	void aStreamedLoadIsRefusedTheSameWayBeforeItWritesAnything(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("intruder.jsonl");
		Files.writeString(file, topic("test-own-topic", "Ours") + topic("seoul", "Seoul, re-filed as a topic"));
		GraphSnapshot before = GraphSnapshot.of(driver);

		assertThatThrownBy(() -> loader.loadStreamed(List.of(file), "test-intruder", false, LoadProgress.SILENT))
			.isInstanceOfSatisfying(ForeignFactsException.class, ex -> assertThat(ex.problems()).singleElement()
				.satisfies(problem -> assertThat(problem.toString()).contains("intruder.jsonl:2: id: 'seoul'")));
		assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
	}

	@Test
	void takingOverMovesTheFactsAndTheReportSaysWhichFromWhom(@TempDir Path folder) throws Exception {
		Path first = folder.resolve("first.jsonl");
		Files.writeString(first, topic("test-shared-topic", "Shared"));
		loader.load(List.of(first), "test-first", false, LoadProgress.SILENT);
		Path second = folder.resolve("second.jsonl");
		Files.writeString(second, topic("test-shared-topic", "Shared, as the second dataset has it"));

		assertThatThrownBy(() -> loader.load(List.of(second), "test-second", false, LoadProgress.SILENT))
			.isInstanceOf(ForeignFactsException.class);
		LoadReport report = loader.load(List.of(second), "test-second", false, true, LoadProgress.SILENT);

		assertThat(report.takenOver()).isEqualTo(Map.of("test-first", List.of("test-shared-topic")));
		assertThat(report.summary()).contains("took over 1 fact(s) of dataset 'test-first': test-shared-topic");
		assertThat(count("MATCH (n:Fact {id: 'test-shared-topic', dataset: 'test-second'}) RETURN count(n) AS n"))
			.isEqualTo(1);
		// and the first dataset's full load does not silently take it back
		Path firstFolder = Files.createDirectories(folder.resolve("test-first"));
		Files.copy(first, firstFolder.resolve("first.jsonl"));
		assertThatThrownBy(() -> loader.load(List.of(firstFolder.resolve("first.jsonl")), "test-first", true,
				LoadProgress.SILENT)).isInstanceOf(ForeignFactsException.class);
	}

	@Test
	void aFileThatIsNotUtf8IsRefusedAtItsFileAndLineInMemoryAndStreamed(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("latin.jsonl");
		Files.write(file, (topic("test-latin-one", "Plain") + topic("test-latin-two", "Caf\u00e9"))
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
		for (boolean streamed : new boolean[] { false, true }) {
			assertThatThrownBy(() -> {
				if (streamed) {
					loader.loadStreamed(List.of(file), "test-latin", false, LoadProgress.SILENT);
				}
				else {
					loader.load(List.of(file), "test-latin", false, LoadProgress.SILENT);
				}
			}).isInstanceOfSatisfying(InvalidFactsException.class, ex -> assertThat(ex.problems()).singleElement()
				.satisfies(problem -> {
					assertThat(problem.file()).endsWith("latin.jsonl");
					assertThat(problem.line()).isEqualTo(2);
					assertThat(problem.message()).contains("not UTF-8");
				}));
		}
		assertThat(count("MATCH (n:Fact) WHERE n.id STARTS WITH 'test-latin' RETURN count(n) AS n")).isZero();
	}

	private static String topic(String id, String name) {
		return "{\"fact\":\"topic\",\"id\":\"" + id + "\",\"name\":\"" + name
				+ "\",\"sources\":[{\"source\":\"mofa-japan-2023-03-16-summit\"}]}\n";
	}

	private Map<String, Object> times(String id) {
		try (Session session = driver.session()) {
			return session.run("MATCH (n:Fact {id: $id}) RETURN n.firstLoaded AS firstLoaded, n.lastChanged AS lastChanged",
					Map.of("id", id)).single().asMap();
		}
	}

	private long count(String query) {
		try (Session session = driver.session()) {
			return session.run(query).single().get("n").asLong();
		}
	}

}
