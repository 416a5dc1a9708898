package org.jkgraph.load;

import java.util.List;
import java.util.Map;

import org.jkgraph.facts.DefaultModel;
import org.jkgraph.model.FactModel;
import org.jkgraph.model.NodeRow;
import org.jkgraph.model.RelationshipRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The loader's write statements are rendered at start-up from {@code cypher/load/templates/} for the model: one for
 * the nodes of every kind and one for new relationships of every type, naming every property the model has, and rows
 * that carry only what their kind or type declares.
 */
class LoadQueriesTests {

	private final FactModel model = DefaultModel.get();

	private final LoadQueries queries = new LoadQueries(model);

	@Test
	void oneCreateStatementNamesEveryPropertyOfEveryClosedKind() {
		for (List<String> labels : model.labelSets()) {
			assertThat(queries.creates(labels)).isEqualTo(model.nodeProperties(labels).isPresent());
			model.nodeProperties(labels).orElse(List.of())
				.forEach(property -> assertThat(queries.createNodes()).contains(property + ": row.properties." + property));
		}
		assertThat(queries.createNodes()).contains("CREATE (n:Fact:$(row.labels) {id: row.properties.id,",
				"dateText: row.properties.dateText", "goldstein: row.properties.goldstein").doesNotContain("__");
		assertThat(queries.mergeNodes()).contains("MERGE (n:Fact {id: row.id})", "REMOVE n:$(row.others)")
			.doesNotContain("__");
	}

	@Test
	void aNodeRowRemovesEveryOtherLabelAndCreatesOnlyWhatItsKindDeclares() {
		NodeRow person = new NodeRow("kishida", "actor", List.of("Actor", "Person"),
				new java.util.HashMap<>(Map.of("id", "kishida", "name", "Fumio Kishida", "notAProperty", "x")), "h");
		assertThat(queries.mergeNodeRow(person).get("others")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(String.class)).contains("Source", "GovernmentBody")
			.doesNotContain("Actor", "Person");
		assertThat(queries.mergeNodeRow(person).get("labels")).isEqualTo(List.of("Actor", "Person"));
		NodeRow event = new NodeRow("summit", "event", List.of("Event"),
				new java.util.HashMap<>(Map.of("id", "summit", "goldstein", 3.0, "notAProperty", "x")), "h");
		assertThat(queries.createNodeRow(event)).containsEntry("labels", List.of("Event"))
			.containsEntry("properties", Map.of("id", "summit", "goldstein", 3.0));
		assertThatIllegalStateException().isThrownBy(() -> queries.createNodeRow(person)); // open keys: merged instead
	}

	@Test
	void oneCreateStatementNamesEveryPropertyOfEveryRelationshipType() {
		for (String type : model.relationshipTypes()) {
			model.relationshipProperties(type)
				.forEach(property -> assertThat(queries.createRelationships()).contains(property + ": row.properties." + property));
			assertThat(queries.mergeRelationships(type)).contains("[r:" + type + " {id: row.id}]");
			model.relationshipProperties(type)
				.forEach(property -> assertThat(queries.mergeRelationships(type)).contains("r." + property + " = row." + property));
		}
		assertThat(queries.createRelationships()).contains("CREATE (a)-[r:$(row.type) {id: row.properties.id,")
			.doesNotContain("__");
	}

	@Test
	void aRelationshipRowCarriesOnlyWhatItsTypeDeclares() {
		RelationshipRow citation = new RelationshipRow("e:CITES:s", "CITES", "e", "s", "e",
				Map.of("id", "e:CITES:s", "owner", "e", "evidenceStart", 3L, "status", "imposed"));
		Map<String, Object> row = queries.createRelationshipRow(citation);
		assertThat(row).containsEntry("type", "CITES").containsEntry("from", "e").containsEntry("to", "s");
		assertThat(row.get("properties")).isEqualTo(Map.of("id", "e:CITES:s", "owner", "e", "evidenceStart", 3L));
	}

	@Test
	void everyPlanIsKeptAsTheStoreGrows() {
		assertThat(List.of(queries.mergeNodes(), queries.createNodes(), queries.createRelationships(),
				queries.mergeRelationships("CITES"))).allSatisfy(query -> assertThat(query).contains("CYPHER replan=skip"));
	}

	@Test
	void aTypeTheModelDoesNotDeclareHasNoQuery() {
		assertThatIllegalStateException().isThrownBy(() -> queries.mergeRelationships("KNOWS"))
			.withMessageContaining("declared in the model");
		assertThatIllegalStateException().isThrownBy(() -> queries.createRelationshipRow(
				new RelationshipRow("a:KNOWS:b", "KNOWS", "a", "b", "a", Map.of())))
			.withMessageContaining("declared in the model");
	}

}
