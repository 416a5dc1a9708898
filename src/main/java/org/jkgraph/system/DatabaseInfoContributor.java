package org.jkgraph.system;

import java.util.LinkedHashMap;
import java.util.Map;

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
		database.embedded().ifPresent(neo4j -> {
			details.put("store", neo4j.storePath().toString());
			neo4j.browserUri().ifPresent(uri -> details.put("browser", uri.toString()));
		});
		try {
			DatabaseDescription.ServerVersion version = database.serverVersion();
			details.put("server", version.name());
			details.put("version", version.version());
			details.put("edition", version.edition());
			details.put("schemaVersion", migrations.currentVersion());
		}
		catch (RuntimeException ex) {
			details.put("error", "database unreachable: " + ex.getMessage());
		}
		builder.withDetail("database", details);
	}

}
