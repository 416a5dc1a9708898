package org.jkgraph.deploy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml is valid and wires the app to the Neo4j it starts with the settings the app reads. Compose's
 * own validator runs when a compose CLI is installed (Debian's {@code docker-compose} needs no engine).
 */
class ComposeFileTests {

	private static final Logger log = LoggerFactory.getLogger(ComposeFileTests.class);

	private static final Path COMPOSE = Path.of("docker-compose.yml");

	@Test
	void composeCliAcceptsTheFile() throws Exception {
		Optional<List<String>> cli = composeCli();
		if (cli.isEmpty()) {
			log.info("No docker-compose CLI on this machine: checked the compose file's structure only");
			return;
		}
		List<String> command = new java.util.ArrayList<>(cli.get());
		command.addAll(List.of("-f", COMPOSE.toString(), "config", "-q"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes())).isZero();
	}

	@Test
	void runsTheNeo4jVersionTheAppEmbeds() throws IOException {
		String image = (String) service("neo4j").get("image");
		assertThat(image).isEqualTo("neo4j:" + pomProperty("neo4j.version"));
		assertThat(service("neo4j")).containsKeys("healthcheck", "volumes");
	}

	@Test
	void pointsTheAppAtTheNeo4jServiceWithItsPassword() throws IOException {
		Map<String, Object> app = service("app");
		@SuppressWarnings("unchecked")
		Map<String, String> env = (Map<String, String>) app.get("environment");
		URI uri = URI.create(env.get("NEO4J_URI"));
		assertThat(uri.getHost()).isEqualTo("neo4j");
		assertThat(uri.getPort()).isEqualTo(7687);
		@SuppressWarnings("unchecked")
		Map<String, String> neo4jEnv = (Map<String, String>) service("neo4j").get("environment");
		assertThat(neo4jEnv.get("NEO4J_AUTH")).isEqualTo(env.get("NEO4J_USERNAME") + "/" + env.get("NEO4J_PASSWORD"));
		assertThat(app).containsKey("build").containsKey("depends_on");
		assertThat(Path.of("Dockerfile")).exists();
	}

	@Test
	void passesOnlySettingsTheAppReads() throws IOException {
		String applicationYaml = Files.readString(Path.of("src/main/resources/application.yml"));
		@SuppressWarnings("unchecked")
		Map<String, String> env = (Map<String, String>) service("app").get("environment");
		for (String name : env.keySet()) {
			boolean placeholder = applicationYaml.contains("${" + name + ":");
			boolean relaxedBinding = name.startsWith("JKGRAPH_");
			assertThat(placeholder || relaxedBinding).as("application.yml reads %s", name).isTrue();
		}
	}

	private static Map<String, Object> service(String name) throws IOException {
		Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
		@SuppressWarnings("unchecked")
		Map<String, Object> services = (Map<String, Object>) compose.get("services");
		@SuppressWarnings("unchecked")
		Map<String, Object> service = (Map<String, Object>) services.get(name);
		assertThat(service).as("service %s", name).isNotNull();
		return service;
	}

	private static String pomProperty(String name) throws IOException {
		Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)<").matcher(Files.readString(Path.of("pom.xml")));
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static Optional<List<String>> composeCli() {
		for (List<String> candidate : List.of(List.of("docker-compose"), List.of("docker", "compose"))) {
			try {
				List<String> probeCommand = new java.util.ArrayList<>(candidate);
				probeCommand.add("version");
				Process probe = new ProcessBuilder(probeCommand).redirectErrorStream(true).start();
				if (probe.waitFor(20, TimeUnit.SECONDS) && probe.exitValue() == 0) {
					return Optional.of(candidate);
				}
			}
			catch (IOException | InterruptedException ex) {
				// not installed: try the next one
			}
		}
		return Optional.empty();
	}

}
