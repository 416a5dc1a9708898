package org.jkgraph.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jkgraph.api.BadParameterException;
import org.jkgraph.api.GraphReader;
import org.jkgraph.graph.GraphPaths;
import org.jkgraph.export.GraphExport;
import org.jkgraph.facts.FactLines;
import org.jkgraph.graph.GraphExplorer;
import org.jkgraph.load.FactLoader;
import org.jkgraph.load.LoadProgress;
import org.jkgraph.load.LoadProperties;
import org.jkgraph.support.IntegrationTest;
import org.jkgraph.support.TestDatasets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A relationship type declared once, here in a test fixture, flows to the loader, the export and the graph view
 * with no other edit: the components are given the extended model and nothing else.
 */
@IntegrationTest
class ModelExtensionTests {

	private static final Path FIXTURE = Path.of("src/test/resources/facts/extension/supersedes.yaml");

	@Autowired
	FactModel model;

	@Autowired
	Driver driver;

	@Autowired
	GraphReader reader;

	private FactModel extended() {
		return model.with(model.kindOf("event")
			.withField(Field.refs("supersedes", "event")
				.relationship(Relationship.out("SUPERSEDES"))
				.describe("earlier events this one replaces")));
	}

	@AfterEach
	void removeTheFixture() {
		TestDatasets.remove(driver);
	}

	@Test
	void aRelationshipDeclaredInTheModelIsLoadedExportedAndDrawn() {
		FactModel extended = extended();
		new FactLoader(driver, new LoadProperties(100, Duration.ofMinutes(1), LoadProperties.SeedsOnStartup.NEVER, "seeds"),
				extended)
			.load(List.of(FIXTURE), "test-extension", true, LoadProgress.SILENT);

		try (Session session = driver.session()) {
			// the relationship names its owner, whose node holds the provenance
			Record row = session.run("MATCH (a:Event)-[r:SUPERSEDES]->(b:Event) MATCH (owner:Fact {id: r.owner})"
					+ " RETURN a.id AS a, b.id AS b, r.owner AS owner, owner.sources AS sources, owner.dataset AS dataset,"
					+ " r.id AS id").single();
			assertThat(row.get("a").asString()).isEqualTo("2031-03-02-final-accord");
			assertThat(row.get("b").asString()).isEqualTo("2031-01-10-draft-accord");
			assertThat(row.get("owner").asString()).isEqualTo("2031-03-02-final-accord");
			assertThat(row.get("sources").asList()).containsExactly("treaty-basic-relations-1965");
			assertThat(row.get("dataset").asString()).isEqualTo("test-extension");
			assertThat(row.get("id").asString()).isEqualTo("2031-03-02-final-accord:SUPERSEDES:2031-01-10-draft-accord");
		}

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new GraphExport(driver, extended).export("test-extension", new FactLines(out));
		assertThat(out.toString(StandardCharsets.UTF_8).lines())
			.contains("{\"fact\":\"event\",\"id\":\"2031-03-02-final-accord\",\"type\":\"agreement\",\"date\":\"2031-03-02\","
					+ "\"title\":\"The final accord replaces the draft\",\"participants\":[{\"actor\":\"japan\",\"role\":\"participant\"},"
					+ "{\"actor\":\"south-korea\",\"role\":\"participant\"}],\"supersedes\":[\"2031-01-10-draft-accord\"],"
					+ "\"sources\":[{\"source\":\"treaty-basic-relations-1965\"}],\"method\":\"curated\",\"confidence\":0.9}");

		GraphPaths path = new GraphExplorer(reader, extended)
			.paths("2031-03-02-final-accord", "2031-01-10-draft-accord", 1, List.of("SUPERSEDES"), 5);
		assertThat(path.edges()).singleElement().satisfies(edge -> {
			assertThat(edge.type()).isEqualTo("SUPERSEDES");
			assertThat(edge.source()).isEqualTo("2031-03-02-final-accord");
		});
		assertThatExceptionOfType(BadParameterException.class)
			.isThrownBy(() -> new GraphExplorer(reader, model).paths("2031-03-02-final-accord", "2031-01-10-draft-accord", 1,
					List.of("SUPERSEDES"), 5))
			.withMessageContaining("unknown relationship type 'SUPERSEDES'");

		assertThat(new FactSchema(extended).json()).contains("\"supersedes\"");
		assertThat(new FormatTable(extended).markdown()).contains("`supersedes`", "(event)-`[:SUPERSEDES]`->(event)");
	}

	@Test
	void aFieldEveryKindHasIsOneDeclarationToo() {
		FactModel extended = model.withCommon(Field.text("status")
			.oneOf(Vocabulary.of("status", "candidate", "accepted", "rejected"))
			.property()
			.describe("where an extracted fact stands in review"));
		new FactLoader(driver, new LoadProperties(100, Duration.ofMinutes(1), LoadProperties.SeedsOnStartup.NEVER, "seeds"),
				extended)
			.load(List.of(Path.of("src/test/resources/facts/extension/status.yaml")), "test-extension", true,
					LoadProgress.SILENT);

		try (Session session = driver.session()) {
			assertThat(session.run("MATCH (t:Topic {id: 'reviewed-topic'}) RETURN t.status AS status").single()
				.get("status").asString()).isEqualTo("accepted");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new GraphExport(driver, extended).export("test-extension", new FactLines(out));
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"fact\":\"topic\",\"id\":\"reviewed-topic\","
				+ "\"name\":\"A reviewed topic\",\"sources\":[{\"source\":\"treaty-basic-relations-1965\"}],"
				+ "\"method\":\"extracted\",\"confidence\":0.7,\"status\":\"accepted\"}\n");
		assertThat(new FactSchema(extended).json()).contains("\"candidate\", \"accepted\", \"rejected\"");
	}

	@Test
	void theStandardModelRefusesTheFieldItDoesNotDeclare() {
		FactLoader standard = new FactLoader(driver, new LoadProperties(100, Duration.ofMinutes(1),
				LoadProperties.SeedsOnStartup.NEVER, "seeds"), model);
		assertThatExceptionOfType(org.jkgraph.load.InvalidFactsException.class)
			.isThrownBy(() -> standard.load(List.of(FIXTURE), "test-extension", true, LoadProgress.SILENT))
			.withMessageContaining("events[1].supersedes: unknown field");
	}

}
