package org.jkgraph.load;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The curated facts make the graph an analyst expects, family by family. */
@IntegrationTest
class SeedGraphShapeTests {

	@Autowired
	Driver driver;

	@Test
	void theJuly2019ControlsImposeAMeasureThatTheMarch2023DecisionLifts() {
		List<String> changes = strings("""
				MATCH (e:Event)-[c:CHANGED]->(:Measure {id: 'japan-export-controls-2019'})
				RETURN e.id + ' ' + c.change + ' ' + toString(c.effective) AS s ORDER BY c.effective""");
		assertThat(changes).containsSubsequence("2019-07-01-japan-tightens-export-controls impose 2019-07-04",
				"2023-03-16-japan-to-lift-export-controls lift 2023-03-23");
	}

	@Test
	void measuresInForceFollowFromTheirLatestChange() {
		String inForce = """
				MATCH (m:Measure {id: $id})<-[c:CHANGED]-(:Event)
				WHERE c.effective <= $on
				WITH c ORDER BY c.effective DESC LIMIT 1
				RETURN c.status IN ['in_force', 'terminating'] AS inForce""";
		assertThat(bool(inForce, "japan-export-controls-2019", LocalDate.of(2021, 6, 1))).isTrue();
		assertThat(bool(inForce, "japan-export-controls-2019", LocalDate.of(2023, 6, 1))).isFalse();
		assertThat(bool(inForce, "korea-wto-complaint-ds590", LocalDate.of(2021, 6, 1))).isTrue();
		assertThat(bool(inForce, "korea-wto-complaint-ds590", LocalDate.of(2023, 6, 1))).isFalse();
		assertThat(bool(inForce, "gsomia", LocalDate.of(2019, 10, 1))).isTrue();
	}

	@Test
	void theTokyoSummitHasBothLeadersAndCitesItsSources() {
		assertThat(strings("""
				MATCH (a:Person)-[p:PARTICIPATED_IN]->(:Event {id: '2023-03-16-tokyo-summit'})
				RETURN a.id + ' ' + p.role AS s""")).contains("yoon-suk-yeol guest", "fumio-kishida host");
		assertThat(strings("""
				MATCH (:Event {id: '2023-03-16-tokyo-summit'})-[c:CITES]->(s:Source)
				RETURN s.id AS s""")).contains("mofa-japan-2023-03-16-summit", "reuters-2023-03-16-trade-dispute");
		assertThat(strings("MATCH (:Event {id: '2023-03-16-tokyo-summit'})-[:AT]->(p:Place) RETURN p.id AS s"))
			.containsExactly("tokyo");
	}

	@Test
	void eventsCarryTheirCodesInTheEventDataStandards() {
		try (Session session = driver.session()) {
			Map<String, Object> summit = session.run("""
					MATCH (e:Event {id: '2023-03-16-tokyo-summit'})
					RETURN e.plover AS plover, e.cameo AS cameo, e.quadClass AS quadClass, e.goldstein AS goldstein,
					       e.datePrecision AS precision""").single().asMap();
			assertThat(summit).containsEntry("plover", "CONSULT").containsEntry("quadClass", 1L)
				.containsEntry("precision", "day");
			assertThat(((Number) summit.get("goldstein")).doubleValue()).isPositive();
		}
	}

	@Test
	void disagreeingSourcesAreKeptAsRankedClaims() {
		assertThat(strings("""
				MATCH (:Event {id: '2023-03-10-gallup-korea-poll-on-japan-ties'})-[:HAS_CLAIM]->(c:Claim)-[:CITES]->(s:Source)
				RETURN c.field + ' ' + c.rank AS s""")).contains("date preferred", "date deprecated");
	}

	@Test
	void peopleHoldOfficesWithDates() {
		assertThat(strings("""
				MATCH (:Person {id: 'yoon-suk-yeol'})-[o:HELD_OFFICE]->(:Country {id: 'south-korea'})
				RETURN o.role + ' ' + toString(o.start) AS s""")).contains("president 2022-05-10");
	}

	private List<String> strings(String query) {
		try (Session session = driver.session()) {
			return session.run(query).list(r -> r.get("s").asString());
		}
	}

	private boolean bool(String query, String id, LocalDate on) {
		try (Session session = driver.session()) {
			return session.run(query, Map.of("id", id, "on", on)).single().get("inForce").asBoolean();
		}
	}

}
