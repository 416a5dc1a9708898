package org.jkgraph.load;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Provenance names a fact's file from the load's root, never by the server's absolute path. */
class ProvenanceFilesTests {

	@Test
	void filesOutsideTheWorkingDirectoryAreNamedFromAboveTheLoadsRoot() {
		ProvenanceFiles files = ProvenanceFiles.of(List.of("/srv/jk-graph/seeds/events/2023.yaml", "/srv/jk-graph/seeds/sources.yaml"));
		assertThat(files.of("/srv/jk-graph/seeds/events/2023.yaml")).isEqualTo("seeds/events/2023.yaml");
		assertThat(files.of("/srv/jk-graph/seeds/sources.yaml")).isEqualTo("seeds/sources.yaml");
		assertThat(ProvenanceFiles.of(List.of("/tmp/news/monday.jsonl")).of("/tmp/news/monday.jsonl")).isEqualTo("news/monday.jsonl");
	}

	@Test
	void filesBelowTheWorkingDirectoryKeepThePathAUserGivesThem() {
		assertThat(ProvenanceFiles.of(List.of("seeds/events/2023.yaml", "seeds/sources.yaml")).of("seeds/events/2023.yaml"))
			.isEqualTo("seeds/events/2023.yaml");
		String absolute = java.nio.file.Path.of("seeds/events/2023.yaml").toAbsolutePath().toString();
		assertThat(ProvenanceFiles.of(List.of(absolute)).of(absolute)).isEqualTo("seeds/events/2023.yaml");
	}

	@Test
	void namesThatAreNoPathsStayAsTheyAre() {
		assertThat(ProvenanceFiles.of(List.of("request:facts.jsonl")).of("request:facts.jsonl")).isEqualTo("request:facts.jsonl");
	}

}
