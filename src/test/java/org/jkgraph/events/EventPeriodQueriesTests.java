package org.jkgraph.events;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jkgraph.api.FactFilter;
import org.jkgraph.embedded.EmbeddedNeo4j;
import org.jkgraph.embedded.EmbeddedNeo4jProperties;
import org.jkgraph.facts.EventTypes;
import org.jkgraph.load.FactLoader;
import org.jkgraph.load.LoadProgress;
import org.jkgraph.load.LoadProperties;
import org.jkgraph.system.NamedQueries;
import org.jkgraph.system.SchemaMigrations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The period queries seek events by start date within a bounded range (so that they stay fast on millions of
 * events) and must still find every event whose days overlap the period: ones that started the year before, ones
 * dated only by their year, and ones that last for years.
 */
class EventPeriodQueriesTests {

	private static final LocalDate FROM = LocalDate.of(2018, 1, 1);

	private static final LocalDate TO = LocalDate.of(2018, 12, 31);

	private static final List<String> OVERLAPPING_2018 = List.of("2015-03-01-years-of-widget-negotiations",
			"2017-12-20-talks-across-new-year", "2018-review-of-the-year", "2018-07-10-summer-meeting");

	@TempDir
	static Path work;

	static EmbeddedNeo4j neo4j;

	static Driver driver;

	static final NamedQueries queries = new NamedQueries();

	@BeforeAll
	static void load() {
		neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(true, work.resolve("store"), "127.0.0.1", 0, 0, false,
				null, DataSize.ofMegabytes(32), DataSize.ofMegabytes(256), Duration.ofSeconds(1), false));
		driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken());
		new SchemaMigrations(driver).afterPropertiesSet();
		new FactLoader(driver, new LoadProperties(100, Duration.ofMinutes(1), LoadProperties.SeedsOnStartup.NEVER, "seeds"),
				org.jkgraph.facts.DefaultModel.get())
			.load(List.of(Path.of("src/test/resources/facts/world/world.yaml"),
					Path.of("src/test/resources/facts/periods/periods.yaml")), "periods", true, LoadProgress.SILENT);
	}

	@AfterAll
	static void stop() {
		driver.close();
		neo4j.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "events/list", "events/list_by_actor", "timeline/events" })
	void findEveryEventWhoseDaysOverlapThePeriodAndNoOther(String query) {
		List<String> actors = query.equals("events/list_by_actor") ? List.of("southland") : List.of();
		List<String> expected = actors.isEmpty() ? OVERLAPPING_2018
				: List.of("2015-03-01-years-of-widget-negotiations", "2017-12-20-talks-across-new-year",
						"2018-review-of-the-year");
		assertThat(ids(query, FROM, TO, actors)).containsExactlyElementsOf(expected);
	}

	@Test
	void withoutAPeriodEveryEventIsListed() {
		assertThat(ids("events/list", null, null, List.of())).hasSize(9)
			.containsAll(OVERLAPPING_2018)
			.contains("2017-06-05-spring-meeting", "2019-02-01-later-meeting");
	}

	@Test
	void aPeriodBeforeALongEventEndsStillFindsIt() {
		assertThat(ids("events/list", LocalDate.of(2019, 6, 1), LocalDate.of(2019, 6, 30), List.of()))
			.containsExactly("2015-03-01-years-of-widget-negotiations");
	}

	@Test
	void onlyEventsLastingLongerThanAYearAreFlagged() {
		try (Session session = driver.session()) {
			assertThat(session.run("MATCH (e:Event {longSpan: true}) RETURN e.id AS id").list(r -> r.get("id").asString()))
				.containsExactly("2015-03-01-years-of-widget-negotiations");
		}
	}

	@Test
	void eventsLoadedBeforeTheFlagExistedAreFlaggedByTheirMigration() {
		try (Session session = driver.session()) {
			// A store as it was before V0005/V0006: the long event unflagged, the migrations not yet applied.
			session.run("MATCH (e:Event) REMOVE e.longSpan").consume();
			session.run("MATCH (m:__Neo4jMigration) WHERE m.version >= 6 DELETE m").consume();
		}
		new SchemaMigrations(driver).afterPropertiesSet();
		onlyEventsLastingLongerThanAYearAreFlagged();
		assertThat(ids("events/list", LocalDate.of(2019, 6, 1), LocalDate.of(2019, 6, 30), List.of()))
			.containsExactly("2015-03-01-years-of-widget-negotiations");
	}

	private static List<String> ids(String query, LocalDate from, LocalDate to, List<String> actors) {
		// The parameters the API passes: the filter's, then the page's.
		Map<String, Object> parameters = new EventFilter(List.of(), from, to, actors, null, null, null, EventCodes.ANY, FactFilter.ALL).parameters();
		parameters.put("skip", 0);
		parameters.put("limit", 50);
		try (Session session = driver.session()) {
			return session.executeRead(tx -> tx.run(queries.get(query), parameters).single())
				.get("items")
				.asList(Value::asMap)
				.stream()
				.map(item -> (String) item.get("id"))
				.toList();
		}
	}

}
