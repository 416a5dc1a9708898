package org.jkgraph.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned schema files in {@code cypher/schema/} ({@code V0001__Description.cypher}) in order, once
 * each, recording them as {@code :__Neo4jMigration} nodes — the conventions of neo4j-migrations, whose artifacts
 * do not resolve from the registry this project builds against (its parent POM is missing there).
 * <p>
 * A file whose content changed after it was applied stops start-up: applied migrations are immutable, a change
 * goes into a new file. Every statement is written to be idempotent ({@code IF NOT EXISTS}), so two instances
 * starting together against one server do no harm.
 */
@Component
public class SchemaMigrations implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(\\w+)");

	private final Driver driver;

	private final Map<String, String> queries = CypherFiles.read("system");

	public SchemaMigrations(Driver driver) {
		this.driver = driver;
	}

	record Migration(int version, String description, String checksum, List<String> statements) {
	}

	@Override
	public void afterPropertiesSet() {
		List<Migration> pending = new ArrayList<>();
		try (Session session = driver.session()) {
			Map<Integer, String> applied = session.executeRead(tx -> tx
				.run(queries.get("applied_migrations"))
				.list()
				.stream()
				.collect(java.util.stream.Collectors.toMap(r -> r.get("version").asInt(), r -> r.get("checksum").asString())));
			for (Migration migration : available()) {
				String checksum = applied.get(migration.version());
				if (checksum == null) {
					pending.add(migration);
				}
				else if (!checksum.equals(migration.checksum())) {
					throw new IllegalStateException("Schema migration V%04d__%s was changed after it was applied; "
						.formatted(migration.version(), migration.description())
							+ "put the change into a new migration file instead");
				}
			}
			if (applied.isEmpty() && !pending.isEmpty()) {
				createLatest(session, pending);
			}
			else {
				for (Migration migration : pending) {
					apply(session, migration);
				}
			}
		}
		if (!pending.isEmpty()) {
			log.info("Applied {} schema migration(s), now at V{}", pending.size(), pending.getLast().version());
		}
	}

	/**
	 * A database no migration has touched (a new one, or one just imported in bulk) gets the schema the files leave
	 * in one transaction, so that one population job scans the store for every index at once, and the files are
	 * recorded as applied once every index is online. Interrupted before that, the next start does the same again:
	 * every statement is {@code IF NOT EXISTS}.
	 */
	private void createLatest(Session session, List<Migration> migrations) {
		LatestSchema schema = LatestSchema.of(migrations);
		session.executeWriteWithoutResult(tx -> schema.statements().forEach(statement -> tx.run(statement).consume()));
		session.run(queries.get("await_indexes")).consume();
		for (Migration migration : migrations) {
			record(session, migration);
		}
	}

	/** The files one by one, as a database that has some of them gets the rest; for tests of the one-step path. */
	void applyEachFile() {
		try (Session session = driver.session()) {
			for (Migration migration : available()) {
				apply(session, migration);
			}
		}
	}

	private void apply(Session session, Migration migration) {
		// Schema commands cannot share a transaction with writes, so each statement runs on its own.
		for (String statement : migration.statements()) {
			session.run(statement).consume();
		}
		record(session, migration);
	}

	private void record(Session session, Migration migration) {
		session.executeWriteWithoutResult(tx -> tx.run(queries.get("record_migration"), Map.of("version", migration.version(), "description", migration.description(), "checksum",
				migration.checksum())));
	}

	/** The migration files packaged with the application, in version order. */
	static List<Migration> available() {
		List<Migration> migrations = new ArrayList<>();
		CypherFiles.read("schema").forEach((name, text) -> {
			Matcher matcher = FILE_NAME.matcher(name);
			if (!matcher.matches()) {
				throw new IllegalStateException("Schema file cypher/schema/" + name
						+ ".cypher does not follow V<version>__<Description>.cypher");
			}
			migrations.add(new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '),
					sha256(text), CypherFiles.statements(text)));
		});
		migrations.sort(java.util.Comparator.comparingInt(Migration::version));
		return migrations;
	}

	/** The highest version applied to the database, or 0. */
	public int currentVersion() {
		try (Session session = driver.session()) {
			Record record = session
				.executeRead(tx -> tx.run(queries.get("schema_version")).single());
			return record.get("v").asInt();
		}
	}

	private static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
