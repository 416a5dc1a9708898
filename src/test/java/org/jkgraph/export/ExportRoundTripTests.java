package org.jkgraph.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.jkgraph.facts.EventTypes;
import org.jkgraph.facts.FactFile;
import org.jkgraph.facts.FactFiles;
import org.jkgraph.facts.FactLines;
import org.jkgraph.facts.FactReader;
import org.jkgraph.facts.FactReading;
import org.jkgraph.facts.FactValidator;
import org.jkgraph.load.FactLoader;
import org.jkgraph.model.FactModel;
import org.jkgraph.load.LoadProgress;
import org.jkgraph.load.LoadRequest;
import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Nothing is lost: the graph exports to facts the loader takes back unchanged. */
@IntegrationTest
class ExportRoundTripTests {

	@Autowired
	GraphExport export;

	@Autowired
	FactLoader loader;

	@Autowired
	JsonMapper json;

	@Autowired
	Driver driver;

	@Autowired
	RestTestClient http;

	@Autowired
	FactModel model;

	@Test
	void exportWipeLoadAndExportAgainGivesTheSameFacts() {
		String first = exportSeeds();
		try {
			try (Session session = driver.session()) {
				session.run("MATCH (n:Fact {dataset: 'seeds'}) DETACH DELETE n").consume();
			}
			loader.load(new LoadRequest(List.of(new FactFile("export.jsonl", first)), "seeds", true), LoadProgress.SILENT);
			assertThat(exportSeeds()).isEqualTo(first);
		}
		finally {
			// back to the seed files themselves, so other tests see the graph as start-up left it
			loader.load(new LoadRequest(FactFiles.under(Path.of("seeds")), "seeds", true), LoadProgress.SILENT);
		}
	}

	@Test
	void exportsOfTheSameGraphAreByteIdenticalWhateverThePageSize() {
		String first = exportSeeds();
		assertThat(exportSeeds()).isEqualTo(first);
		// pages of 7 facts: every page boundary falls somewhere else, and no fact may come twice or go missing
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int count = new GraphExport(driver, model, new ExportProperties(7, Duration.ofMinutes(5))).export("seeds",
				new FactLines(out));
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(first);
		assertThat(count).isEqualTo(first.lines().count());
		assertThat(first.lines().map(line -> json.readTree(line).get("id").asString()).distinct().count()).isEqualTo(count);
	}

	@Test
	void anExportOverItsTimeLimitStopsWithAnErrorNotShort() {
		GraphExport slow = new GraphExport(driver, model, new ExportProperties(7, Duration.ofNanos(1)));
		List<Object> received = new java.util.ArrayList<>();
		assertThatThrownBy(() -> slow.export("seeds", received::add)).isInstanceOf(ExportIncompleteException.class)
			.hasMessageContaining("jkgraph.export.timeout");
	}

	@Test
	void theExportIsValidFactsWithEveryFactOfTheSeeds() {
		String exported = exportSeeds();
		FactReading reading = FactReader.read(List.of(new FactFile("export.jsonl", exported)));
		assertThat(reading.problems()).isEmpty();
		assertThat(FactValidator.validate(reading.facts(), EventTypes.fromClasspath())).isEmpty();
		FactReading seeds = FactReader.read(FactFiles.under(Path.of("seeds")));
		assertThat(reading.facts().counts()).isEqualTo(seeds.facts().counts());
		assertThat(exported).contains("\"id\":\"2023-03-16-tokyo-summit\"")
			.contains("\"locator\":\"paras 1-2 and 4\"")
			.contains("\"rank\":\"deprecated\"");
	}

	@Test
	void theExportEndpointStreamsJsonLines() {
		byte[] body = http.get().uri("/api/export?dataset=seeds").exchange()
			.expectStatus().isOk()
			.expectHeader().contentType("application/x-ndjson")
			.expectBody().returnResult().getResponseBody();
		String text = new String(body, StandardCharsets.UTF_8);
		assertThat(text.lines()).allSatisfy(line -> assertThat(line).startsWith("{\"fact\":"));
		assertThat(text).isEqualTo(exportSeeds());
	}

	private String exportSeeds() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		export.export("seeds", new FactLines(out));
		return out.toString(StandardCharsets.UTF_8);
	}

}
