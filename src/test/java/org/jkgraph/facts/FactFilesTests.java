package org.jkgraph.facts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class FactFilesTests {

	@TempDir
	Path folder;

	@Test
	void findsFactFilesSortedAndSkipsVocabulariesLexiconsAndSchemas() throws IOException {
		write("sources.yaml", "sources: []\n");
		write("events/2024.yml", "events: []\n");
		write("extracted/batch-1.jsonl", "{}\n");
		write("README.md", "# not facts\n");
		write("vocabulary/event-types.yaml", "eventTypes: []\n");
		write("lexicon/triggers.yaml", "triggers: []\n");
		write("schema/facts.schema.json", "{}\n");
		write("schema/extra.yaml", "{}\n");

		List<FactFile> files = FactFiles.under(folder);

		String root = folder.toString().replace('\\', '/');
		assertThat(files).extracting(FactFile::name)
			.containsExactly(root + "/events/2024.yml", root + "/extracted/batch-1.jsonl", root + "/sources.yaml");
		assertThat(files.getLast().content()).isEqualTo("sources: []\n");
	}

	@Test
	void readsGivenFilesInNameOrder() throws IOException {
		Path second = write("b.yaml", "topics: []\n");
		Path first = write("a.yaml", "actors: []\n");

		assertThat(FactFiles.of(List.of(second, first))).extracting(FactFile::content)
			.containsExactly("actors: []\n", "topics: []\n");
	}

	@Test
	void findsFactFilesOnTheClasspathNamedByTheirFolder() {
		assertThat(FactFiles.fromClasspath("facts/duplicates")).extracting(FactFile::name)
			.containsExactly("facts/duplicates/first.yaml", "facts/duplicates/second.yaml");
		assertThat(FactFiles.fromClasspath("facts/nowhere")).isEmpty();
	}

	private Path write(String name, String content) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, content);
	}

}
