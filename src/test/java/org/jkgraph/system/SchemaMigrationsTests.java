package org.jkgraph.system;

import java.util.List;

import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class SchemaMigrationsTests {

	@Autowired
	SchemaMigrations migrations;

	@Autowired
	Driver driver;

	@Test
	void appliesEverySchemaFileOnceAtStartUp() {
		try (Session session = driver.session()) {
			List<Integer> versions = session.run("MATCH (m:__Neo4jMigration) RETURN m.version AS v ORDER BY v")
				.list(r -> r.get("v").asInt());
			assertThat(versions).containsExactlyElementsOf(
					SchemaMigrations.available().stream().map(SchemaMigrations.Migration::version).toList());
			List<String> constrained = session
				.run("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS' "
						+ "RETURN labelsOrTypes[0] + '.' + properties[0] AS c")
				.list(r -> r.get("c").asString());
			assertThat(constrained).contains("Event.id", "Actor.id", "Measure.id", "Source.id");
			// V0007 replaced V0003's fact_text with fact_search, analysed for Korean and Japanese
			assertThat(session.run("SHOW FULLTEXT INDEXES YIELD name, options RETURN name, "
					+ "options.indexConfig['fulltext.analyzer'] AS analyzer")
				.list(r -> r.get("name").asString() + " " + r.get("analyzer").asString()))
				.contains("fact_search cjk").doesNotContain("fact_text standard-no-stop-words");
		}
	}

	@Test
	void runningAgainChangesNothing() {
		int before = migrations.currentVersion();
		migrations.afterPropertiesSet();
		try (Session session = driver.session()) {
			assertThat(session.run("MATCH (m:__Neo4jMigration) RETURN count(m) AS n").single().get("n").asInt())
				.isEqualTo(SchemaMigrations.available().size());
		}
		assertThat(migrations.currentVersion()).isEqualTo(before);
	}

	@Test
	void refusesToStartWhenAnAppliedFileWasEdited() {
		try (Session session = driver.session()) {
			String original = session.run("MATCH (m:__Neo4jMigration {version: 1}) RETURN m.checksum AS c")
				.single().get("c").asString();
			session.run("MATCH (m:__Neo4jMigration {version: 1}) SET m.checksum = 'edited'").consume();
			try {
				assertThatThrownBy(migrations::afterPropertiesSet).isInstanceOf(IllegalStateException.class)
					.hasMessageContaining("V0001__Fact id constraints was changed after it was applied");
			}
			finally {
				session.run("MATCH (m:__Neo4jMigration {version: 1}) SET m.checksum = $c",
						java.util.Map.of("c", original)).consume();
			}
		}
	}

}
