package org.jkgraph.curation;

import java.util.List;

import org.jkgraph.facts.FactFile;
import org.jkgraph.facts.FactReader;
import org.jkgraph.facts.FactReading;
import org.jkgraph.facts.FactSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the stats command counts: each fact in the year it is about, the office terms apart. */
class FactStatisticsTests {

	private static final String FACTS = """
			sources:
			  - {id: s-2019, publisher: P, title: T, published: "2019-08-02", url: "https://example.org/1", type: news}
			  - {id: s-2021, publisher: P, title: T, published: "2021", url: "https://example.org/2", type: news}
			  - {id: docket, publisher: P, title: Docket, type: reference}
			actors:
			  - id: a
			    kind: country
			    name: A
			    sources: [{source: docket}]
			  - id: p
			    kind: person
			    name: P
			    offices:
			      - {role: foreign_minister, of: a, start: "2017-08-03", end: "2019-09-11"}
			      - {role: defence_minister, of: a, start: "2019-09-11"}
			    sources: [{source: docket}]
			measures:
			  - id: m
			    kind: export_control
			    name: M
			    parties: [a]
			    sources: [{source: s-2019}]
			  - id: unchanged
			    kind: export_control
			    name: U
			    parties: [a]
			    sources: [{source: s-2019}]
			events:
			  - id: e-announced
			    type: sanction
			    date: "2019-08-02"
			    title: E
			    participants: [{actor: a, role: initiator}]
			    measures: [{measure: m, change: impose, effective: "2019-08-28"}]
			    sources: [{source: s-2019}]
			  - id: e-earlier
			    type: sanction
			    date: "2019-07-01"
			    title: F
			    participants: [{actor: a, role: initiator}]
			    measures: [{measure: m, change: tighten}]
			    sources: [{source: s-2019}]
			observations:
			  - {id: o, indicator: exports, subject: a, value: 1.0, unit: USD billion, period: "2021", sources: [{source: s-2021}]}
			""";

	@Test
	void countsEachFactInTheYearItIsAboutAndOfficesInTheYearTheyBegan() {
		FactStatistics stats = FactStatistics.of(read(FACTS));

		assertThat(stats.count(2019, "source")).isEqualTo(1);
		assertThat(stats.count(2021, "source")).isEqualTo(1);
		assertThat(stats.count(2019, "event")).isEqualTo(2);
		// a measure counts in the year of its earliest change, the effective date where one is given
		assertThat(stats.count(2019, "measure")).isEqualTo(1);
		assertThat(stats.count(2021, "observation")).isEqualTo(1);
		assertThat(stats.count(2017, FactStatistics.OFFICES)).isEqualTo(1);
		assertThat(stats.count(2019, FactStatistics.OFFICES)).isEqualTo(1);
		assertThat(stats.undated()).containsEntry("actor", 2).containsEntry("source", 1).containsEntry("measure", 1);
		assertThat(stats.total("event")).isEqualTo(2);
		assertThat(stats.total(FactStatistics.OFFICES)).isEqualTo(2);
	}

	@Test
	void tableShowsEveryYearOfTheRangeAndFoldsTheRestIntoBeforeAndAfter() {
		String table = FactStatistics.of(read(FACTS)).table(2018, 2020);

		assertThat(table.lines().map(line -> line.split("\\s+")[0]).toList()).containsExactly("year", "before",
				"2018", "2019", "2020", "after", "undated", "total");
		assertThat(table.lines().toList().getFirst().split("\\s+")).containsExactly("year", "source", "actor", "place",
				"topic", "measure", "event", "observation", "mention", "offices", "facts");
		// the facts column adds up the fact kinds, not the office terms (they belong to actor facts)
		assertThat(table.lines().filter(line -> line.startsWith("2019")).findFirst().orElseThrow().split("\\s+"))
			.containsExactly("2019", "1", "0", "0", "0", "1", "2", "0", "0", "1", "4");
		assertThat(table.lines().filter(line -> line.startsWith("2018")).findFirst().orElseThrow().split("\\s+"))
			.containsExactly("2018", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0");
		assertThat(table.lines().filter(line -> line.startsWith("total")).findFirst().orElseThrow().split("\\s+"))
			.containsExactly("total", "3", "2", "0", "0", "2", "2", "1", "0", "2", "10");
	}

	@Test
	void withoutARangeTheTableRunsFromTheFirstToTheLastYearThatHasFacts() {
		String table = FactStatistics.of(read(FACTS)).table(null, null);

		assertThat(table.lines().map(line -> line.split("\\s+")[0]).toList()).containsExactly("year", "2017", "2018",
				"2019", "2020", "2021", "undated", "total");
	}

	private static FactSet read(String yaml) {
		FactReading reading = FactReader.read(List.of(new FactFile("stats.yaml", yaml)));
		assertThat(reading.problems()).isEmpty();
		return reading.facts();
	}

}
