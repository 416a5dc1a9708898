package org.jkgraph.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads {@code .cypher} files from the {@code cypher/} folder that ships inside the jar (the repository's
 * top-level {@code cypher/} directory is packaged as a resource).
 */
public final class CypherFiles {

	private CypherFiles() {
	}

	/** Every file under {@code cypher/<folder>/}, keyed by its path below that folder without the extension. */
	public static Map<String, String> read(String folder) {
		String root = "cypher/" + folder + "/";
		Map<String, String> files = new TreeMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:" + root + "**/*.cypher")) {
				String url = resource.getURL().toString();
				String name = url.substring(url.lastIndexOf(root) + root.length(), url.length() - ".cypher".length());
				files.put(name, resource.getContentAsString(StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the Cypher files under " + root, ex);
		}
		return files;
	}

	/**
	 * Splits a file into statements at semicolons that end a line. Comment lines are kept with their statement so
	 * that query plans and logs show them; a statement made only of comments is dropped.
	 */
	public static List<String> statements(String text) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : text.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.endsWith(";") && !trimmed.startsWith("//")) {
				current.append(line, 0, line.lastIndexOf(';')).append('\n');
				addIfCode(statements, current);
				current.setLength(0);
			}
			else {
				current.append(line).append('\n');
			}
		}
		addIfCode(statements, current);
		return statements;
	}

	private static void addIfCode(List<String> statements, CharSequence candidate) {
		String statement = candidate.toString().strip();
		boolean hasCode = statement.lines().map(String::strip).anyMatch(l -> !l.isEmpty() && !l.startsWith("//"));
		if (hasCode) {
			statements.add(statement);
		}
	}

}
