package org.jkgraph.review;

import java.time.Duration;

import org.jkgraph.explorer.HeadlessBrowser;
import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review page in headless Chromium: a candidate with its sentence and trigger word marked, a decision refused
 * without a key, then accepted with the key entered once, after which the event counts in default answers. Skipped
 * where no Chromium and chromedriver are installed, like the explorer's browser tests.
 */
@IntegrationTest
class ReviewPageBrowserTests {

	private static final String CANDIDATE = "2031-01-10-leaders-meet-in-busan";

	private static final String SENTENCE = "The two leaders met in Busan on Friday to talk about the strait.";

	private static final String FACTS = """
			{"fact": "event", "id": "%s", "type": "summit", "date": "2031-01-10", "title": "Leaders meet in Busan", \
			"participants": [{"actor": "japan", "role": "guest"}, {"actor": "south-korea", "role": "host"}], \
			"sources": [{"source": "reuters-2023-03-16-trade-dispute", "locator": "sentence 3", \
			"evidence": {"sentence": "%s", "start": 200, "end": %d, "trigger": "met", "triggerStart": %d, \
			"triggerEnd": %d}}], "method": "extracted", "confidence": 0.7, "status": "candidate"}
			""".formatted(CANDIDATE, SENTENCE, 200 + SENTENCE.length(), 200 + SENTENCE.indexOf("met"),
			203 + SENTENCE.indexOf("met"));

	@RegisterExtension
	static final HeadlessBrowser chromium = new HeadlessBrowser("Review page browser tests");

	private ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	RestTestClient http;

	@Autowired
	Driver driver;

	private WebDriverWait wait;

	@BeforeEach
	void loadACandidateAndOpenThePage() {
		browser = chromium.driver();
		http.post().uri("/api/facts?dataset=review-page-test").header("X-API-Key", IntegrationTest.API_KEY)
			.header("Content-Type", "application/x-ndjson").body(FACTS).exchange().expectStatus().isOk();
		browser.get("http://localhost:" + port + "/review.html");
		browser.executeScript("sessionStorage.clear()");
		browser.navigate().refresh();
		wait = new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(100));
	}

	@AfterEach
	void removeTheCandidate() {
		try (Session session = driver.session()) {
			session.run("MATCH (n:Fact {dataset: 'review-page-test'}) DETACH DELETE n").consume();
			session.run("MATCH (d:ReviewDecision {id: $id}) DELETE d", java.util.Map.of("id", CANDIDATE)).consume();
		}
	}

	@Test
	void showsTheEvidenceWithItsTriggerAndAcceptsOnlyWithTheKey() {
		By entry = By.cssSelector("#queue li[data-id='" + CANDIDATE + "'] button");
		wait.until(ExpectedConditions.elementToBeClickable(entry)).click();
		wait.until(ExpectedConditions.textToBe(By.id("candidate-name"), "Leaders meet in Busan"));

		assertThat(browser.findElement(By.cssSelector("#candidate-evidence blockquote")).getText()).isEqualTo(SENTENCE);
		assertThat(browser.findElement(By.cssSelector("#candidate-evidence mark")).getText()).isEqualTo("met");
		assertThat(browser.findElement(By.id("merge-row")).isDisplayed()).isTrue();

		browser.findElement(By.id("accept")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("decide-status"), "Refused (401)"));
		assertThat(events()).doesNotContain(CANDIDATE);

		browser.findElement(By.id("key-input")).sendKeys(IntegrationTest.API_KEY);
		browser.findElement(By.cssSelector("#key-form button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBe(By.id("key-status"), "A key is set for this tab."));
		assertThat(browser.executeScript("return sessionStorage.getItem('jkgraph.apiKey')")).isEqualTo(IntegrationTest.API_KEY);
		browser.findElement(By.id("accept")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("decide-status"), CANDIDATE + ": accepted."));

		assertThat(browser.findElements(entry)).as("gone from the queue").isEmpty();
		assertThat(events()).contains(CANDIDATE);
	}

	private String events() {
		return http.get().uri("/api/events?from=2031-01-01&to=2031-12-31").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
	}

}
