package org.jkgraph.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loader's per-label and per-type query files are generated from {@code cypher/load/templates/} for every label
 * set and relationship type of {@link GraphModel}. This test fails when they drift apart; to regenerate them run
 * {@code ./mvnw test -Dtest=LoadQueryFilesTests -Djkgraph.regenerate-load-queries=true}.
 */
class LoadQueryFilesTests {

	private static final Path LOAD = Path.of("cypher/load");

	@Test
	void everyLabelSetAndRelationshipTypeHasItsGeneratedQueryFile() throws IOException {
		Map<Path, String> expected = expected();
		if (Boolean.getBoolean("jkgraph.regenerate-load-queries")) {
			for (Map.Entry<Path, String> file : expected.entrySet()) {
				Files.createDirectories(file.getKey().getParent());
				Files.writeString(file.getKey(), file.getValue());
			}
		}
		for (Map.Entry<Path, String> file : expected.entrySet()) {
			assertThat(file.getKey()).as("generated query file").exists();
			assertThat(Files.readString(file.getKey())).as(file.getKey().toString()).isEqualTo(file.getValue());
		}
		try (var generated = Files.walk(LOAD.resolve("generated"))) {
			assertThat(generated.filter(Files::isRegularFile).toList()).as("no stale generated files")
				.containsExactlyInAnyOrderElementsOf(expected.keySet());
		}
	}

	@Test
	void theLoaderFindsEveryQueryItNeeds() {
		LoadQueries queries = new LoadQueries();
		for (List<String> labels : GraphModel.labelSets()) {
			assertThat(queries.nodes(labels)).contains("n:" + String.join(":", labels));
		}
		for (String type : GraphModel.RELATIONSHIP_TYPES) {
			assertThat(queries.createRelationships(type)).contains("[r:" + type + " {id: row.id,");
			assertThat(queries.mergeRelationships(type)).contains("[r:" + type + " {id: row.id}]");
		}
	}

	private static Map<Path, String> expected() throws IOException {
		String nodes = Files.readString(LOAD.resolve("templates/nodes.cypher"));
		String create = Files.readString(LOAD.resolve("templates/create_relationships.cypher"));
		String merge = Files.readString(LOAD.resolve("templates/merge_relationships.cypher"));
		Map<Path, String> files = new LinkedHashMap<>();
		for (List<String> labels : GraphModel.labelSets()) {
			List<String> others = GraphModel.allLabels().stream().filter(label -> !labels.contains(label)).toList();
			files.put(LOAD.resolve("generated/nodes/" + GraphModel.fileName(labels) + ".cypher"),
					header("nodes") + nodes.replace("__OTHER_LABELS__", String.join(":", others))
						.replace("__LABELS__", String.join(":", labels)));
		}
		for (String type : GraphModel.RELATIONSHIP_TYPES) {
			List<String> properties = GraphModel.relationshipProperties(type);
			String inline = String.join(", ", properties.stream().map(p -> p + ": row." + p).toList());
			String set = String.join(",\n    ", properties.stream().map(p -> "r." + p + " = row." + p).toList());
			files.put(LOAD.resolve("generated/relationships/create/" + type + ".cypher"),
					header("create_relationships") + create.replace("__TYPE__", type).replace("__PROPERTIES__", inline));
			files.put(LOAD.resolve("generated/relationships/merge/" + type + ".cypher"),
					header("merge_relationships") + merge.replace("__TYPE__", type).replace("__SET_PROPERTIES__", set));
		}
		return files;
	}

	private static String header(String template) {
		return "// Generated from cypher/load/templates/" + template + ".cypher by LoadQueryFilesTests; edit the template.\n";
	}

}
