package org.jkgraph.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JVM that ran out of heap keeps running with threads that died half-way, and every later request hangs: the
 * service is started with -XX:+ExitOnOutOfMemoryError everywhere, so it exits instead and a supervisor restarts it.
 */
class OutOfMemoryExitTests {

	private static final String FLAG = "-XX:+ExitOnOutOfMemoryError";

	@Test
	void theContainerImageExitsOnOutOfMemory() throws IOException {
		assertThat(Files.readAllLines(Path.of("Dockerfile"))).filteredOn(line -> line.startsWith("ENTRYPOINT"))
			.singleElement().asString().contains("\"" + FLAG + "\"");
	}

	@Test
	void theMavenRunConfigurationExitsOnOutOfMemory() throws IOException {
		assertThat(Files.readString(Path.of("pom.xml"))).containsPattern("<jkgraph.jvm.args>[^<]*" + java.util.regex.Pattern.quote(FLAG));
	}

	@Test
	void everyJavaJarLineOfTheReadmeExitsOnOutOfMemory() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("README.md")).stream()
			.filter(line -> line.matches(".*\\bjava (-\\S+ )*-jar .*"))
			.toList();
		assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).contains(FLAG + " -jar"));
	}

}
