package org.jkgraph.embedded;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.AuthenticationException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database as a hostile neighbour meets it — another local process, or a web page open in the user's
 * browser: no Bolt session, no HTTP query and no Bolt-over-WebSocket conversation without the password, no origin
 * granted but Neo4j Browser's own, and the graph unchanged after every attempt. One database serves all tests here.
 */
class EmbeddedNeo4jSecurityTests {

	private static final String FOREIGN_ORIGIN = "http://attacker.example";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	static Path root;

	static EmbeddedNeo4j neo4j;

	static Driver owner;

	static URI http;

	final HttpClient client = HttpClient.newHttpClient();

	@BeforeAll
	static void start() {
		neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jTest.properties(root.resolve("neo4j"), 0));
		owner = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken());
		try (Session session = owner.session()) {
			session.run("CREATE (:Note {text: 'the only node'})").consume();
		}
		URI browser = neo4j.browserUri().orElseThrow();
		http = URI.create("http://127.0.0.1:" + browser.getPort());
	}

	@AfterAll
	static void stop() {
		owner.close();
		neo4j.close();
	}

	@AfterEach
	void graphIsUnchanged() {
		try (Session session = owner.session()) {
			assertThat(session.run("MATCH (n) RETURN collect(n.text) AS texts").single().get("texts").asList())
				.as("what an attempt left in the graph").containsExactly("the only node");
		}
	}

	@Test
	void anAnonymousBoltSessionIsRefused() {
		try (Driver anonymous = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
				Session session = anonymous.session()) {
			assertThatThrownBy(() -> session.run("CREATE (:Intruder)").consume())
				.isInstanceOfSatisfying(AuthenticationException.class,
						refused -> assertThat(refused.code()).isEqualTo("Neo.ClientError.Security.Unauthorized"));
		}
	}

	@Test
	void aWrongPasswordIsRefused() {
		try (Driver guessing = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", "neo4j"));
				Session session = guessing.session()) {
			assertThatThrownBy(() -> session.run("CREATE (:Intruder)").consume())
				.isInstanceOf(AuthenticationException.class);
		}
	}

	@Test
	void thePasswordInTheFileBesideTheStoreOpensABoltSession() throws Exception {
		Path file = root.resolve("neo4j.password");
		String password = Files.readString(file).strip();
		assertThat(password).hasSizeGreaterThanOrEqualTo(32);
		try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", password));
				Session session = driver.session()) {
			assertThat(session.run("MATCH (n:Note) RETURN n.text AS text").single().get("text").asString())
				.isEqualTo("the only node");
		}
	}

	@Test
	void thePasswordFileAndTheStoreAreTheOwnersOnly() throws Exception {
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("neo4j.password"))))
			.isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("neo4j"))))
			.isEqualTo("rwx------");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/db/neo4j/tx/commit", "/db/neo4j/query/v2" })
	void aCrossOriginPreflightIsGrantedNoOrigin(String path) throws Exception {
		HttpResponse<String> preflight = client.send(HttpRequest.newBuilder(http.resolve(path))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", FOREIGN_ORIGIN)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(preflight.headers().allValues("Access-Control-Allow-Origin"))
			.as("a browser may send the POST only when its origin is granted")
			.doesNotContain(FOREIGN_ORIGIN, "*", "null");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/db/neo4j/tx/commit", "/db/neo4j/query/v2" })
	void aCrossOriginPostWithoutCredentialsRunsNothing(String path) throws Exception {
		HttpResponse<String> post = client.send(write(path).header("Origin", FOREIGN_ORIGIN).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(post.statusCode()).isEqualTo(401);
		assertThat(post.headers().allValues("Access-Control-Allow-Origin")).doesNotContain(FOREIGN_ORIGIN, "*");
	}

	@Test
	void theHttpApiAnswersAClientWithThePassword() throws Exception {
		String basic = Base64.getEncoder()
			.encodeToString(("neo4j:" + neo4j.password().value()).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> read = client.send(HttpRequest.newBuilder(http.resolve("/db/neo4j/query/v2"))
			.POST(HttpRequest.BodyPublishers.ofString("{\"statement\": \"MATCH (n:Note) RETURN n.text AS text\"}"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Authorization", "Basic " + basic)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(read.statusCode()).isEqualTo(202);
		assertThat(read.body()).contains("the only node");
	}

	@ParameterizedTest
	@ValueSource(strings = { FOREIGN_ORIGIN, "null", "http://localhost:8080", "http://127.0.0.1.attacker.example" })
	void aWebSocketHandshakeFromAForeignOriginIsRefused(String origin) {
		assertThatThrownBy(() -> BoltOverWebSocket.open(neo4j.boltUri(), origin))
			.isInstanceOf(CompletionException.class)
			.cause()
			.isInstanceOfSatisfying(WebSocketHandshakeException.class,
					refused -> assertThat(refused.getResponse().statusCode()).isEqualTo(403));
	}

	@ParameterizedTest
	@ValueSource(strings = { "none", "neo4j" })
	void aWebSocketFromNeo4jBrowsersPageGetsNothingWithoutThePassword(String attempt) throws Exception {
		Map<String, String> credential = attempt.equals("none") ? Map.of("scheme", "none")
				: Map.of("scheme", "basic", "principal", "neo4j", "credentials", attempt);
		try (BoltOverWebSocket bolt = BoltOverWebSocket.open(neo4j.boltUri(), browserOrigin("localhost"))) {
			assertThat(bolt.negotiate()).isIn("5.1", "5.2");
			assertThat(bolt.hello()).as(bolt.lastMessage).isEqualTo("SUCCESS");
			assertThat(bolt.logOn(credential)).as(bolt.lastMessage).isEqualTo("FAILURE");
			assertThat(bolt.run("CREATE (:Intruder)")).isIn("IGNORED", "FAILURE", "CLOSED");
		}
	}

	@Test
	void neo4jBrowsersPageSpeaksBoltWithThePassword() throws Exception {
		try (BoltOverWebSocket bolt = BoltOverWebSocket.open(neo4j.boltUri(), browserOrigin("127.0.0.1"))) {
			assertThat(bolt.negotiate()).isIn("5.1", "5.2");
			assertThat(bolt.hello()).as(bolt.lastMessage).isEqualTo("SUCCESS");
			assertThat(bolt.logOn(Map.of("scheme", "basic", "principal", "neo4j", "credentials",
					neo4j.password().value())))
				.as(bolt.lastMessage)
				.isEqualTo("SUCCESS");
			assertThat(bolt.run("MATCH (n) RETURN count(n)")).as(bolt.lastMessage).isEqualTo("SUCCESS");
		}
	}

	@Test
	void theDiscoveryDocumentAdvertisesTheBoltPortActuallyBound() throws Exception {
		int bolt = neo4j.boltUri().getPort();
		assertThat(bolt).isNotEqualTo(7687);
		assertThat(discovery("127.0.0.1").get("bolt_direct").asString()).isEqualTo("bolt://127.0.0.1:" + bolt);
		// Browser opened at localhost is sent to localhost: the host follows the page, the port is the bound one.
		assertThat(discovery("localhost").get("bolt_direct").asString()).isEqualTo("bolt://localhost:" + bolt);
	}

	private JsonNode discovery(String host) throws Exception {
		HttpResponse<String> response = client.send(
				HttpRequest.newBuilder(URI.create("http://" + host + ":" + http.getPort() + "/"))
					.header("Accept", "application/json")
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private String browserOrigin(String host) {
		return "http://" + host + ":" + http.getPort();
	}

	private HttpRequest.Builder write(String path) {
		String body = path.endsWith("/commit") ? "{\"statements\": [{\"statement\": \"CREATE (:Intruder)\"}]}"
				: "{\"statement\": \"CREATE (:Intruder)\"}";
		return HttpRequest.newBuilder(http.resolve(path))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/json");
	}

}
