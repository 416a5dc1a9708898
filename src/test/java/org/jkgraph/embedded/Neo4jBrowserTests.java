package org.jkgraph.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.jkgraph.explorer.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Neo4j Browser in a fresh headless Chromium, as the README tells a user to use it: open
 * {@code http://localhost:7474/browser/}, connect as {@code neo4j} with the password from the file beside the store,
 * run a query. And a page of another origin in the same browser, trying what a hostile page would: a Bolt WebSocket
 * and a cross-origin POST to the transactional API both fail, and the graph is unchanged. Skipped, saying why, where
 * no Chromium and chromedriver are installed.
 */
class Neo4jBrowserTests {

	private static final Logger log = LoggerFactory.getLogger(Neo4jBrowserTests.class);

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@TempDir
	static Path root;

	static EmbeddedNeo4j neo4j;

	static ChromeDriver browser;

	static String skipped;

	@BeforeAll
	static void start() {
		Optional<HeadlessChromium> chromium = HeadlessChromium.find();
		if (chromium.isEmpty()) {
			skipped = "Neo4j Browser tests skipped: " + HeadlessChromium.missing();
			log.warn(skipped);
			return;
		}
		neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jTest.properties(root.resolve("neo4j"), 0));
		try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken()); Session session = driver.session()) {
			session.run("CREATE (:Note {text: 'seen through Neo4j Browser'})").consume();
		}
		browser = chromium.get().start();
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.quit();
		}
		if (neo4j != null) {
			neo4j.close();
		}
	}

	@BeforeEach
	void needsChromium() {
		assumeTrue(browser != null, () -> skipped);
	}

	@AfterEach
	void graphIsUnchanged() {
		if (neo4j == null) {
			return;
		}
		try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken()); Session session = driver.session()) {
			assertThat(session.run("MATCH (n) RETURN collect(n.text) AS texts").single().get("texts").asList())
				.containsExactly("seen through Neo4j Browser");
		}
	}

	@Test
	void connectsWithTheDocumentedCredentialsAndRunsAQuery() {
		int http = neo4j.browserUri().orElseThrow().getPort();
		browser.get("http://localhost:" + http + "/browser/");
		WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
		WebElement password = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=password]")));
		WebElement user = browser.findElement(By.cssSelector("[data-testid=username]"));
		user.clear();
		user.sendKeys(Neo4jPassword.USER);
		password.sendKeys(neo4j.password().value());
		browser.findElement(By.cssSelector("[data-testid=connect]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "You are connected as user"));
		WebElement editor = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=activeEditor] textarea")));
		editor.sendKeys("MATCH (n:Note) RETURN n.text AS text");
		browser.findElement(By.cssSelector("[data-testid=editor-Run]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=frameContents]"),
				"seen through Neo4j Browser"));
	}

	@Test
	void aPageOfAnotherOriginGetsNeitherBoltNorTheHttpApi() {
		int bolt = neo4j.boltUri().getPort();
		int http = neo4j.browserUri().orElseThrow().getPort();
		browser.get("data:text/html,<title>hostile</title><p>a page of another origin</p>");
		String script = """
				const done = arguments[arguments.length - 1];
				const results = {};
				const socket = new WebSocket('ws://127.0.0.1:%d/');
				socket.onopen = () => { results.websocket = 'open'; socket.close(); };
				socket.onerror = () => { results.websocket = results.websocket || 'refused'; };
				socket.onclose = () => { results.websocket = results.websocket || 'closed'; finish(); };
				fetch('http://127.0.0.1:%d/db/neo4j/tx/commit', { method: 'POST',
						headers: { 'Content-Type': 'application/json' },
						body: JSON.stringify({ statements: [{ statement: 'CREATE (:Intruder)' }] }) })
					.then(r => { results.post = 'status ' + r.status; }, e => { results.post = 'blocked'; })
					.finally(finish);
				// a "simple" request, which browsers send without asking first: it must find no credential to use
				fetch('http://127.0.0.1:%d/db/neo4j/tx/commit', { method: 'POST', mode: 'no-cors', credentials: 'include',
						headers: { 'Content-Type': 'text/plain' },
						body: JSON.stringify({ statements: [{ statement: 'CREATE (:Intruder)' }] }) })
					.then(r => { results.simple = 'sent'; }, e => { results.simple = 'blocked'; })
					.finally(finish);
				let pending = 3;
				function finish() {
					if (--pending === 0) done([results.websocket, results.post, results.simple].join(' '));
				}
				""".formatted(bolt, http, http);
		browser.manage().timeouts().scriptTimeout(PATIENCE);
		String results = (String) ((JavascriptExecutor) browser).executeAsyncScript(script);
		// The WebSocket is refused and the JSON POST blocked by the browser. The simple POST is blocked too, or sent
		// and met with a 401 (Chromium's private network rules decide); either way the graph is unchanged.
		assertThat(results).matches("refused blocked (sent|blocked)");
	}

}
