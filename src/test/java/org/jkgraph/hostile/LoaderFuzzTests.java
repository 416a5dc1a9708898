package org.jkgraph.hostile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.jkgraph.facts.FactFile;
import org.jkgraph.load.FactLoader;
import org.jkgraph.load.InvalidFactsException;
import org.jkgraph.load.LoadProgress;
import org.jkgraph.load.LoadRequest;
import org.jkgraph.support.IntegrationTest;
import org.jkgraph.support.TestDatasets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random damage to a valid fact file — cut lines, swapped characters, injected Cypher and YAML tricks — is either
 * rejected as invalid facts with the graph unchanged, or loads as valid facts. Nothing else: no other exception,
 * no partial write. The seed is fixed so a failure can be replayed.
 */
@IntegrationTest
class LoaderFuzzTests {

	private static final long SEED = 20261123L;

	private static final String[] PAYLOADS = { "'}) DETACH DELETE n //", "\" OR 1=1 --", "${jndi:ldap://x}", "&a [*a, *a]",
			"!!java.lang.Runtime", "\u0000", "\uFFFF\uD800", "{{7*7}}", "- - -", ": :", "9".repeat(400), "2019-02-30",
			"-1", "1e309", "[", "}", "\t", "null", "~", "<<: *x" };

	@Autowired
	FactLoader loader;

	@Autowired
	Driver driver;

	@AfterEach
	void removeAcceptedFacts() {
		TestDatasets.remove(driver);
	}

	@Test
	void damagedFactFilesAreRejectedCleanlyOrLoadAsValidFacts() throws Exception {
		String original = Files.readString(Path.of("src/test/resources/load/fixture/facts.yaml"), StandardCharsets.UTF_8);
		Random random = new Random(SEED);
		int rejected = 0;
		for (int round = 0; round < 150; round++) {
			String damaged = damage(original, random);
			String name = "fuzz-" + round + ".yaml";
			long before = factCount();
			try {
				loader.load(new LoadRequest(List.of(new FactFile(name, damaged)), "test-fuzz", false),
						LoadProgress.SILENT);
			}
			catch (InvalidFactsException ex) {
				rejected++;
				assertThat(ex.problems()).as("round %d", round).isNotEmpty()
					.allSatisfy(p -> assertThat(p.file()).isEqualTo(name));
				assertThat(factCount()).as("graph unchanged after rejected round %d", round).isEqualTo(before);
			}
		}
		assertThat(rejected).as("most damage is caught").isGreaterThan(75);
		try (Session session = driver.session()) {
			assertThat(session.run("MATCH (n:Fact {dataset: 'seeds'}) RETURN count(n) > 300 AS ok").single().get("ok").asBoolean())
				.as("the curated facts are all still there").isTrue();
		}
	}

	private static String damage(String text, Random random) {
		StringBuilder out = new StringBuilder(text);
		int edits = 1 + random.nextInt(3);
		for (int i = 0; i < edits; i++) {
			int at = random.nextInt(out.length());
			switch (random.nextInt(5)) {
				case 0 -> out.insert(at, PAYLOADS[random.nextInt(PAYLOADS.length)]);
				case 1 -> out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(40)));
				case 2 -> out.setCharAt(at, (char) (32 + random.nextInt(95)));
				case 3 -> {
					int lineStart = out.lastIndexOf("\n", at) + 1;
					int colon = out.indexOf(":", lineStart);
					int lineEnd = out.indexOf("\n", lineStart);
					if (colon > 0 && lineEnd > colon) {
						out.replace(colon + 1, lineEnd, " " + PAYLOADS[random.nextInt(PAYLOADS.length)]);
					}
				}
				default -> out.insert(at, "\n" + " ".repeat(random.nextInt(6)) + "- ");
			}
		}
		return out.toString();
	}

	private long factCount() {
		try (Session session = driver.session()) {
			return session.run("MATCH (n:Fact) RETURN count(n) AS n").single().get("n").asLong();
		}
	}

}
