package org.jkgraph.system;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jkgraph.embedded.EmbeddedNeo4j;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** Adds the database mode, address and Neo4j version to {@code /actuator/info}. */
@Component
class DatabaseInfoContributor implements InfoContributor {

	private final DatabaseDescription database;

	private final SchemaMigrations migrations;

	DatabaseInfoContributor(DatabaseDescription database, SchemaMigrations migrations) {
		this.database = database;
		this.migrations = migrations;
	}

	@Override
	public void contribute(Info.Builder builder) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("mode", database.mode());
		details.put("uri", database.uri().toString());
		// No store path: /actuator/info is open to anyone while reads are, and the path is the operator's business
		// (the start-up log says it).
		database.embedded().flatMap(EmbeddedNeo4j::browserUri).ifPresent(uri -> details.put("browser", uri.toString()));
		try {
			DatabaseDescription.ServerVersion version = database.serverVersion();
			details.put("server", version.name());
			details.put("version", version.version());
			details.put("edition", version.edition());
			details.put("schemaVersion", migrations.currentVersion());
		}
		catch (RuntimeException ex) {
			details.put("error", "database unreachable");
		}
		builder.withDetail("database", details);
	}

}
