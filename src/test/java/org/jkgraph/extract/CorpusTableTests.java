package org.jkgraph.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorpusTableTests {

	@TempDir
	Path folder;

	@Test
	void readsIsoDatesPublishersTitlesAndUrlsByTheirColumnNames() throws IOException {
		Files.writeString(folder.resolve("README.md"), """
				# pages

				| file | published | publisher | title | url | note |
				|---|---|---|---|---|---|
				| 01_a.txt | 2019-07-24 | Wire Service | [headline from URL slug] Seoul asks Tokyo to drop a plan | https://example.org/a | a note |
				| 02_b.txt | 2016-01 | Weekly | Deal struck | https://example.org/b | month only |
				""");

		Map<String, CorpusTable.Entry> table = CorpusTable.read(folder);

		assertThat(table.get("01_a.txt")).isEqualTo(new CorpusTable.Entry(org.jkgraph.facts.FactDate.parse("2019-07-24"),
				"Wire Service", "Seoul asks Tokyo to drop a plan", "https://example.org/a"));
		assertThat(table.get("02_b.txt").published()).hasToString("2016-01");
	}

	@Test
	void readsProseDatesInATableWhoseDateColumnComesLast() throws IOException {
		Files.writeString(folder.resolve("README.md"), """
				| file | publisher / author | title | published (as far as the text shows) |
				|---|---|---|---|
				| 000_x.txt | A wire | A title | March 2023, the day after the 16 March Tokyo summit |
				""");

		assertThat(CorpusTable.read(folder).get("000_x.txt"))
			.isEqualTo(new CorpusTable.Entry(org.jkgraph.facts.FactDate.parse("2023-03-17"), "A wire", "A title", null));
	}

	@Test
	void refusesADateItCannotReadNamingTheFileAndLine() throws IOException {
		Files.writeString(folder.resolve("README.md"), """
				| file | published | publisher | title |
				|---|---|---|---|
				| 01_a.txt | 2019-07-24 | P | T |
				| 02_b.txt | 24/07/2019 | P | T |
				""");

		assertThatThrownBy(() -> CorpusTable.read(folder)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("README.md:4: published: cannot read '24/07/2019'");
	}

	@Test
	void refusesAnImpossibleIsoDate() throws IOException {
		Files.writeString(folder.resolve("README.md"), """
				| file | published |
				|---|---|
				| 01_a.txt | 2019-02-30 |
				""");

		assertThatThrownBy(() -> CorpusTable.read(folder)).hasMessageContaining("README.md:3: published");
	}

}
