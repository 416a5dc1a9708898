package org.jkgraph.queries;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code cypher/queries/README.md} is the Neo4j Browser guide to the named queries: it must list every query file,
 * the start-here ones first, each with exactly the {@code :param} (or {@code :params}) lines of the file's header,
 * and nothing that no longer exists.
 */
class QueryGuideTests {

	private static final Path QUERIES = Path.of("cypher", "queries");

	/** An entry of the guide: {@code ### folder/file.cypher}. */
	private static final Pattern ENTRY = Pattern.compile("^### (\\S+\\.cypher)\\s*$", Pattern.MULTILINE);

	/** A parameter line of a query's header, as Browser takes it: {@code // :param id => 'x'} or {@code // :params {…}}. */
	private static final Pattern PARAMETER_LINE = Pattern.compile("^// (:params? .+?)\\s*$", Pattern.MULTILINE);

	private static List<String> files;

	private static Map<String, String> entries;

	@BeforeAll
	static void readFilesAndGuide() throws IOException {
		try (Stream<Path> paths = Files.walk(QUERIES)) {
			files = paths.filter(p -> p.toString().endsWith(".cypher"))
				.map(p -> QUERIES.relativize(p).toString().replace('\\', '/'))
				.sorted()
				.toList();
		}
		entries = entries(Files.readString(QUERIES.resolve("README.md")));
	}

	@Test
	void listsEveryQueryFile() {
		assertThat(files).as("query files under cypher/queries").isNotEmpty();
		List<String> missing = files.stream().filter(file -> !entries.containsKey(file)).toList();
		assertThat(missing).as("query files without a '### <file>' entry in cypher/queries/README.md").isEmpty();
	}

	@Test
	void listsNoFileThatDoesNotExist() {
		assertThat(entries.keySet()).as("entries of cypher/queries/README.md").isSubsetOf(files);
	}

	@Test
	void listsStartHereFirst() {
		List<String> order = new ArrayList<>(entries.keySet());
		long startHere = order.stream().filter(file -> file.startsWith("start-here/")).count();
		assertThat(startHere).as("start-here queries in the guide").isPositive();
		assertThat(order.subList(0, (int) startHere)).as("the first entries of the guide")
			.allMatch(file -> file.startsWith("start-here/"));
	}

	@Test
	void givesEachFileTheParameterLinesOfItsHeader() throws IOException {
		for (String file : files) {
			List<String> header = parameterLines(Files.readString(QUERIES.resolve(file)));
			String entry = entries.getOrDefault(file, "");
			List<String> guide = parameterLines(entry.lines().map(line -> "// " + line).reduce("", (a, b) -> a + b + "\n"));
			assertThat(guide).as("the parameter lines the guide gives for %s", file).isEqualTo(header);
			if (header.isEmpty()) {
				assertThat(entry).as("the guide's entry for %s", file).contains("No parameters.");
			}
		}
	}

	@Test
	void givesEachFileAPurpose() {
		entries.forEach((file, entry) -> {
			String purpose = entry.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("");
			assertThat(purpose).as("the first line of %s's entry says what it answers", file)
				.isNotEmpty()
				.doesNotStartWith("```")
				.doesNotStartWith(":param");
		});
	}

	/** The text of each entry (what follows its heading, up to the next heading), in the guide's order. */
	private static Map<String, String> entries(String guide) {
		Map<String, String> entries = new LinkedHashMap<>();
		Matcher matcher = ENTRY.matcher(guide);
		String file = null;
		int start = 0;
		while (matcher.find()) {
			if (file != null) {
				entries.put(file, section(guide, start, matcher.start()));
			}
			assertThat(entries).as("entries of the guide").doesNotContainKey(matcher.group(1));
			file = matcher.group(1);
			start = matcher.end();
		}
		if (file != null) {
			entries.put(file, section(guide, start, guide.length()));
		}
		return entries;
	}

	/** From {@code start} up to {@code end} or the next heading of any level, whichever comes first. */
	private static String section(String guide, int start, int end) {
		Matcher heading = Pattern.compile("^#{1,6} ", Pattern.MULTILINE).matcher(guide).region(start, end);
		return guide.substring(start, heading.find() ? heading.start() : end);
	}

	private static List<String> parameterLines(String text) {
		List<String> lines = new ArrayList<>();
		Matcher matcher = PARAMETER_LINE.matcher(text);
		while (matcher.find()) {
			lines.add(matcher.group(1));
		}
		return lines;
	}

}
