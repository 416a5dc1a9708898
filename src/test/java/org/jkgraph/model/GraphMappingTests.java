package org.jkgraph.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jkgraph.facts.DefaultModel;
import org.jkgraph.facts.Fact;
import org.jkgraph.facts.FactStream;
import org.jkgraph.facts.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rows the loader writes for a fact: what its relationships carry, and the hash a reload compares. */
class GraphMappingTests {

	private static final Path FIXTURE = Path.of("src/test/resources/load/fixture/facts.yaml");

	@Test
	void relationshipsCarryTheirOwnPropertiesAndTheirOwnersIdOnly() {
		GraphRows rows = rows();
		RelationshipRow initiator = rows.relationships().stream()
			.filter(r -> r.id().equals("test-fixture-call:PARTICIPATED_IN:japan:initiator"))
			.findFirst().orElseThrow();
		assertThat(initiator.properties()).isEqualTo(
				Map.of("id", "test-fixture-call:PARTICIPATED_IN:japan:initiator", "owner", "test-fixture-call", "role", "initiator"));
		assertThat(rows.relationships()).allSatisfy(r -> assertThat(r.properties())
			.doesNotContainKeys("sources", "method", "confidence", "dataset", "hash"));
	}

	/**
	 * The hashes of the fixture's facts as loads wrote them before relationships became lean (the loader of
	 * 2026-12-01): a store loaded then and migrated by V0040 holds these, and reloading it must change nothing.
	 */
	@Test
	void hashesAreTheOnesStoresLoadedBeforeLeanRelationshipsHold() {
		Map<String, String> hashes = rows().nodes().stream().collect(Collectors.toMap(NodeRow::id, NodeRow::hash));
		assertThat(hashes).containsEntry("test-fixture-call", "7c21ab319c5540a36e62dc415010c3e8")
			.containsEntry("test-topic-kept", "e44db1bc1890af197916d7c018720778")
			.containsEntry("test-topic-dropped", "9ddd49319d1548b97d7f7de5dfb65ce8");
	}

	private static GraphRows rows() {
		GraphMapping mapping = new GraphMapping(DefaultModel.get(), "test-fixture");
		List<Problem> problems = new ArrayList<>();
		FactStream.read(List.of(FIXTURE), new FactStream.Sink() {
			@Override
			public void fact(Fact fact) {
				mapping.add(fact.kind(), fact.values(), "facts.yaml");
			}

			@Override
			public void problem(Problem problem) {
				problems.add(problem);
			}
		});
		assertThat(problems).isEmpty();
		return mapping.drain();
	}

}
