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
	void v0040TakesTheOwnersProvenanceOffRelationshipsThatAnEarlierLoadCopiedItOnto() {
		String owner = "2023-03-16-japan-to-lift-export-controls";
		try (Session session = driver.session()) {
			// what loads before V0040 wrote on every relationship, beside its own properties
			int copied = session.run("""
					MATCH (f:Fact {id: $owner})-[r]-()
					WHERE r.owner = f.id
					SET r.sources = f.sources, r.method = f.method, r.confidence = f.confidence, r.dataset = f.dataset,
					    r.hash = 'an-old-hash', r.loadId = f.loadId, r.firstLoaded = f.firstLoaded, r.lastChanged = f.lastChanged
					RETURN count(r) AS n""", java.util.Map.of("owner", owner)).single().get("n").asInt();
			session.run("MATCH (m:__Neo4jMigration {version: 40}) DELETE m").consume();
			migrations.afterPropertiesSet();
			List<String> keys = session.run("""
					MATCH (f:Fact {id: $owner})-[r]-()
					WHERE r.owner = f.id
					UNWIND keys(r) AS key
					RETURN DISTINCT key ORDER BY key""", java.util.Map.of("owner", owner)).list(r -> r.get("key").asString());
			assertThat(copied).isPositive();
			assertThat(keys).contains("id", "owner", "status")
				.doesNotContain("sources", "method", "confidence", "dataset", "hash", "loadId", "firstLoaded", "lastChanged");
			assertThat(migrations.currentVersion()).isGreaterThanOrEqualTo(40);
		}
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

	@Test
	void aDatabaseWithoutMigrationsGetsInOneStepTheSchemaTheFilesMakeOneByOne() {
		try (Session session = driver.session()) {
			dropSchemaAndRecords(session);
			migrations.applyEachFile();
			List<String> fileByFile = schema(session);
			dropSchemaAndRecords(session);
			migrations.afterPropertiesSet();
			assertThat(schema(session)).isNotEmpty().containsExactlyElementsOf(fileByFile);
			assertThat(migrations.currentVersion()).isEqualTo(SchemaMigrations.available().getLast().version());
			assertThat(session.run("SHOW INDEXES YIELD state WHERE state <> 'ONLINE' RETURN count(*) AS n")
				.single().get("n").asInt()).isZero();
		}
	}

	@Test
	void theOneStepSchemaLeavesOutWhatALaterFileDrops() {
		List<String> statements = LatestSchema.of(SchemaMigrations.available()).statements();
		assertThat(statements).anyMatch(s -> s.contains("fact_search") && s.contains("n.status"))
			.noneMatch(s -> s.contains("fact_text"))
			.noneMatch(s -> s.contains("measure_period_from"))
			.noneMatch(s -> s.contains("observation_indicator "))
			.noneMatch(s -> s.startsWith("MATCH") || s.startsWith("CALL"));
		assertThat(statements.stream().filter(s -> s.contains("INDEX fact_search"))).hasSize(1);
	}

	/** Every index and constraint: what it is on and how it is configured, without the database's own ids. */
	private static List<String> schema(Session session) {
		List<String> schema = new java.util.ArrayList<>(session.run("""
				SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, indexProvider, options, owningConstraint
				WHERE type <> 'LOOKUP'
				RETURN [name, type, entityType, labelsOrTypes, properties, indexProvider, options.indexConfig,
				        owningConstraint] AS line""").list(r -> r.get("line").asList().toString()));
		schema.addAll(session.run("""
				SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties, ownedIndex
				RETURN [name, type, entityType, labelsOrTypes, properties, ownedIndex] AS line""")
			.list(r -> r.get("line").asList().toString()));
		java.util.Collections.sort(schema);
		return schema;
	}

	private static void dropSchemaAndRecords(Session session) {
		session.run("SHOW CONSTRAINTS YIELD name").list(r -> r.get("name").asString())
			.forEach(name -> session.run("DROP CONSTRAINT `" + name + "`").consume());
		session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name").list(r -> r.get("name").asString())
			.forEach(name -> session.run("DROP INDEX `" + name + "`").consume());
		session.run("MATCH (m:__Neo4jMigration) DELETE m").consume();
	}

}
