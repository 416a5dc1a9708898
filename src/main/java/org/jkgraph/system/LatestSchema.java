package org.jkgraph.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indexes and constraints the migration files leave, as the {@code CREATE} statements that make them: each file's
 * {@code CREATE … INDEX name} and {@code CREATE CONSTRAINT name} in order, less what a later {@code DROP} removes.
 * A database that no migration has touched gets these in one transaction instead of file by file, so a store
 * imported in bulk is scanned once for all its indexes, not once per index (and three times for the full-text
 * index that two files replace). The files' data statements are left out: they rewrite what older versions wrote,
 * and a database without migrations holds nothing, or only what this version's bulk import wrote.
 *
 * @param statements the {@code CREATE} statements, in the order the files first create each name
 */
record LatestSchema(List<String> statements) {

	/** The comment lines a file starts with, which come with its first statement. */
	private static final String COMMENTS = "(?:\\s*//[^\\n]*\\n)*";

	private static final Pattern CREATE = Pattern
		.compile("(?is)" + COMMENTS + "\\s*CREATE\\s+(?:(?:RANGE|TEXT|POINT|FULLTEXT|LOOKUP|VECTOR)\\s+)?(INDEX|CONSTRAINT)\\s+`?(\\w+)`?.*");

	private static final Pattern DROP = Pattern.compile("(?is)" + COMMENTS + "\\s*DROP\\s+(INDEX|CONSTRAINT)\\s+`?(\\w+)`?.*");

	static LatestSchema of(List<SchemaMigrations.Migration> migrations) {
		Map<String, String> byName = new LinkedHashMap<>();
		for (SchemaMigrations.Migration migration : migrations) {
			for (String statement : migration.statements()) {
				Matcher create = CREATE.matcher(statement);
				Matcher drop = DROP.matcher(statement);
				if (create.matches()) {
					byName.putIfAbsent(key(create), statement.strip());
				}
				else if (drop.matches()) {
					byName.remove(key(drop));
				}
			}
		}
		return new LatestSchema(List.copyOf(byName.values()));
	}

	/** {@code DROP INDEX x} does not drop a constraint named x: the kind is part of the key. */
	private static String key(Matcher matcher) {
		return matcher.group(1).toUpperCase(Locale.ROOT) + " " + matcher.group(2);
	}

}
