package org.jkgraph.load;

import java.util.List;

import org.jkgraph.facts.DefaultModel;
import org.jkgraph.model.FactModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The loader's per-label and per-type queries are rendered at start-up from {@code cypher/load/templates/} for every
 * label set and relationship type of the model, each naming every property the model gives it.
 */
class LoadQueriesTests {

	private final FactModel model = DefaultModel.get();

	private final LoadQueries queries = new LoadQueries(model);

	@Test
	void everyLabelSetHasItsMergeQueryAndClosedKindsTheirCreateQuery() {
		for (List<String> labels : model.labelSets()) {
			assertThat(queries.mergeNodes(labels)).contains("n:" + String.join(":", labels))
				.doesNotContain("__");
			assertThat(queries.createNodes(labels).isPresent()).isEqualTo(model.nodeProperties(labels).isPresent());
		}
		assertThat(queries.mergeNodes(List.of("Actor", "Person"))).contains("REMOVE n:Source:", ":GovernmentBody:");
		assertThat(queries.createNodes(List.of("Event")).orElseThrow()).contains("CREATE (n:Fact:Event {id: row.id,",
				"dateText: row.dateText", "goldstein: row.goldstein", "longSpan: row.longSpan");
	}

	@Test
	void everyRelationshipTypeHasQueriesNamingEachOfItsProperties() {
		for (String type : model.relationshipTypes()) {
			assertThat(queries.createRelationships(type)).contains("[r:" + type + " {id: row.id,");
			assertThat(queries.mergeRelationships(type)).contains("[r:" + type + " {id: row.id}]");
			model.relationshipProperties(type)
				.forEach(property -> assertThat(queries.mergeRelationships(type)).contains("r." + property + " = row." + property));
		}
		assertThat(queries.createRelationships("CHANGED")).contains("status: row.status", "effectivePrecision: row.effectivePrecision");
		assertThat(queries.createRelationships("CITES")).contains("evidenceStart: row.evidenceStart");
	}

	@Test
	void aTypeTheModelDoesNotDeclareHasNoQuery() {
		assertThatIllegalStateException().isThrownBy(() -> queries.mergeRelationships("KNOWS"))
			.withMessageContaining("declared in the model");
	}

}
