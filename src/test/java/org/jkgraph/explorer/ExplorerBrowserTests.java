package org.jkgraph.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer in a real browser (headless Chromium) against the running service and the curated facts: search,
 * graph, measures in force on a day, the timeline, and a screenshot for the README. Skipped, with a log line and the
 * reason as each test's assumption message, where no Chromium and chromedriver are installed.
 */
@IntegrationTest
class ExplorerBrowserTests {

	private static final Logger log = LoggerFactory.getLogger(ExplorerBrowserTests.class);

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final String EXPORT_CONTROLS = "japan-export-controls-2019";

	@RegisterExtension
	static final HeadlessBrowser chromium = new HeadlessBrowser("Explorer browser tests");

	private ChromeDriver browser;

	@LocalServerPort
	int port;

	private WebDriverWait wait;

	@BeforeEach
	void openTheExplorer() {
		browser = chromium.driver();
		browser.manage().window().setSize(new Dimension(HeadlessChromium.WIDTH, HeadlessChromium.HEIGHT));
		browser.get("http://localhost:" + port + "/");
		wait = new WebDriverWait(browser, PATIENCE, Duration.ofMillis(100));
		wait.until(d -> script("return typeof window.explorer === 'object' && !!window.explorer.graph"));
	}

	@Test
	void findsAnActorAndShowsItsNeighbourhoodAndSources() {
		searchAndOpen("Kishida", "fumio-kishida");

		wait.until(d -> nodesInGraph() > 5);
		assertThat(nodeIdsInGraph()).contains("fumio-kishida", "japan");
		assertThat(browser.findElements(By.cssSelector("#graph-node-list .node-button"))).hasSize((int) nodesInGraph());
		wait.until(ExpectedConditions.textToBe(By.id("details-name"), "Fumio Kishida"));
		wait.until(d -> !d.findElements(By.cssSelector("#source-list .source")).isEmpty());
		assertThat(texts("#source-list .locator")).as("locators of the sources").contains("at para 4");

		// Choosing a node expands the graph with that node's own neighbours.
		long before = nodesInGraph();
		browser.findElement(By.cssSelector("#graph-node-list .node-button[data-id='2023-03-16-tokyo-summit']")).click();
		wait.until(ExpectedConditions.textToBe(By.id("details-name"), "Yoon and Kishida hold a summit in Tokyo"));
		wait.until(d -> nodesInGraph() > before);
		assertThat(nodeIdsInGraph()).contains("tokyo");
	}

	@Test
	void anActorsDetailsShowTheOfficesItHeldAndItsOfficeHoldersOnTheSlidersDate() {
		searchAndOpen("Kishida", "fumio-kishida");
		wait.until(d -> !d.findElements(By.cssSelector("#offices-held li")).isEmpty());
		assertThat(texts("#offices-held li")).anySatisfy(text -> assertThat(text).contains("Minister for Foreign Affairs"))
			.anySatisfy(text -> assertThat(text).contains("Prime Minister of Japan", "2021-10-04"));

		moveSliderTo(LocalDate.of(2021, 6, 1));
		browser.findElement(By.id("search-input")).clear();
		searchAndOpen("Japan", "japan");
		wait.until(d -> !d.findElements(By.cssSelector("#offices-of li")).isEmpty());
		assertThat(browser.findElements(By.cssSelector("#offices-of li[data-role='prime_minister']")))
			.singleElement()
			.satisfies(office -> assertThat(office.getDomAttribute("data-holder")).isEqualTo("yoshihide-suga"));
	}

	@Test
	void listsTheMeasuresInForceOnTheSlidersDate() {
		moveSliderTo(LocalDate.of(2021, 6, 1));

		List<String> inForce = measuresInForce();
		assertThat(inForce).contains(EXPORT_CONTROLS, "korea-wto-complaint-ds590", "gsomia");
		assertThat(inForce).doesNotContain("shuttle-diplomacy");
		assertThat(browser.findElement(By.id("asof-input")).getDomProperty("value")).isEqualTo("2021-06-01");

		// Once the controls were lifted in March 2023 they are no longer listed; shuttle diplomacy had resumed.
		moveSliderTo(LocalDate.of(2023, 6, 1));
		assertThat(measuresInForce()).doesNotContain(EXPORT_CONTROLS).contains("shuttle-diplomacy");
	}

	@Test
	void drawsTheTimelineColouredByScoreAndFiltersItByType() {
		wait.until(d -> browser.findElements(By.cssSelector("#timeline-svg circle.event")).size() > 50);
		// Colours arrive with the scores: a summit is cooperative (blue), export controls are conflict (red).
		wait.until(d -> scored("2023-03-16-tokyo-summit") && scored("2019-07-01-japan-tightens-export-controls"));
		int[] summit = rgb(fill("2023-03-16-tokyo-summit"));
		int[] controls = rgb(fill("2019-07-01-japan-tightens-export-controls"));
		assertThat(summit[2]).as("blue of a summit").isGreaterThan(summit[0]);
		assertThat(controls[0]).as("red of export controls").isGreaterThan(controls[2]);

		int all = browser.findElements(By.cssSelector("#timeline-svg circle.event")).size();
		int summits = browser.findElements(By.cssSelector("#timeline-svg circle.event[data-type='summit']")).size();
		assertThat(summits).isPositive();
		browser.findElement(By.cssSelector("#type-filter-list input[value='summit']")).click();
		wait.until(d -> browser.findElements(By.cssSelector("#timeline-svg circle.event")).size() == all - summits);
		assertThat(browser.findElements(By.cssSelector("#timeline-svg circle.event[data-type='summit']"))).isEmpty();

		// The timeline is one tab stop; arrow keys move from event to event in date order, Enter chooses one.
		List<WebElement> marks = browser.findElements(By.cssSelector("#timeline-svg circle.event"));
		assertThat(browser.findElements(By.cssSelector("#timeline-svg circle.event[tabindex='0']"))).containsExactly(marks.get(0));
		script("arguments[0].focus()", marks.get(0));
		marks.get(0).sendKeys(Keys.ARROW_RIGHT);
		assertThat(script("return document.activeElement.dataset.id")).isEqualTo(marks.get(1).getDomAttribute("data-id"));
		WebElement controlsMark = browser.findElement(By.cssSelector("#timeline-svg circle.event[data-id='2019-07-01-japan-tightens-export-controls']"));
		script("arguments[0].focus()", controlsMark);
		controlsMark.sendKeys(Keys.ENTER);
		wait.until(ExpectedConditions.textToBe(By.id("details-name"),
				"Japan tightens export licensing of three chip and display materials to South Korea"));
		wait.until(d -> nodeIdsInGraph().contains(EXPORT_CONTROLS));
	}

	@Test
	void drawsTheMonthlyCooperationChart() {
		wait.until(d -> !browser.findElements(By.cssSelector("#chart-svg .bars rect")).isEmpty());
		assertThat(browser.findElements(By.cssSelector("#chart-table tbody tr"))).hasSameSizeAs(
				browser.findElements(By.cssSelector("#chart-svg .bars rect")));
		// the summary names the month of the table with the lowest mean score (which month that is follows the data)
		WebElement worst = browser.findElements(By.cssSelector("#chart-table tbody tr"))
			.stream()
			.min(Comparator.comparingDouble(ExplorerBrowserTests::meanScore))
			.orElseThrow();
		assertThat(browser.findElement(By.id("chart-summary")).getText())
			.contains("most conflictual " + worst.findElement(By.tagName("th")).getDomProperty("textContent"));
	}

	/** The mean Goldstein score of a row of the chart's table, printed as "+8.0" or "−7.4". */
	private static double meanScore(WebElement row) {
		String score = row.findElements(By.tagName("td")).get(1).getDomProperty("textContent");
		return Double.parseDouble(score.replace('\u2212', '-').replace("+", ""));
	}

	@Test
	void takesAScreenshotOfTheWholeStory() throws IOException {
		searchAndOpen("Kishida", "fumio-kishida");
		wait.until(d -> nodesInGraph() > 5);
		moveSliderTo(LocalDate.of(2021, 6, 1));
		browser.findElement(By.cssSelector("#measure-list li[data-id='" + EXPORT_CONTROLS + "'] button")).click();
		wait.until(ExpectedConditions.textToBe(By.id("details-name"), "Japan's tighter export licensing of three chip materials to South Korea"));
		wait.until(d -> !d.findElements(By.cssSelector("#source-list .source")).isEmpty());
		wait.until(d -> script("return document.querySelectorAll('#timeline-svg circle.event[style]').length > 50"));
		// The whole page in one picture: make the window as tall as the page.
		long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
		browser.manage().window().setSize(new Dimension(HeadlessChromium.WIDTH, (int) height + 140));
		script("window.scrollTo(0, 0); window.explorer.graph.fit()");

		byte[] png = browser.getScreenshotAs(OutputType.BYTES);
		assertThat(png).hasSizeGreaterThan(10_000);
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target", "explorer.png"), png);
		Path docs = Path.of("docs", "explorer.png");
		if (Screenshots.differ(docs, png)) {
			Files.createDirectories(docs.getParent());
			Files.write(docs, png);
			log.info("Explorer screenshot saved to {} and target/explorer.png", docs);
		}
		else {
			log.info("Explorer screenshot saved to target/explorer.png; {} shows the same page and is kept", docs);
		}
	}

	private void searchAndOpen(String text, String id) {
		WebElement input = browser.findElement(By.id("search-input"));
		input.sendKeys(text, Keys.ENTER);
		By hit = By.cssSelector("#search-results button[data-id='" + id + "']");
		wait.until(ExpectedConditions.elementToBeClickable(hit)).click();
		wait.until(d -> nodeIdsInGraph().contains(id));
	}

	/**
	 * Puts the slider on the day before, the way a pointer would, then moves it one day on with the arrow key, so
	 * both the pointer's and the keyboard's way of moving it are taken.
	 */
	private void moveSliderTo(LocalDate day) {
		WebElement slider = browser.findElement(By.id("asof-slider"));
		script("arguments[0].value = String(arguments[1]);"
				+ "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", slider, day.minusDays(1).toEpochDay());
		slider.sendKeys(Keys.ARROW_RIGHT);
		wait.until(d -> day.toString().equals(d.findElement(By.id("measures-status")).getDomAttribute("data-as-of")));
	}

	private List<String> measuresInForce() {
		return browser.findElements(By.cssSelector("#measure-list li.measure"))
			.stream()
			.map(li -> li.getDomAttribute("data-id"))
			.toList();
	}

	private long nodesInGraph() {
		return ((Number) script("return window.explorer.graph.cy.nodes().length")).longValue();
	}

	@SuppressWarnings("unchecked")
	private List<String> nodeIdsInGraph() {
		return (List<String>) script("return window.explorer.graph.cy.nodes().map(n => n.id())");
	}

	private List<String> texts(String css) {
		return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).map(String::strip).toList();
	}

	/** Whether the event's mark has its colour yet (unscored marks are drawn hollow, without a fill of their own). */
	private boolean scored(String eventId) {
		return Boolean.TRUE.equals(script("const c = document.querySelector(`#timeline-svg circle.event[data-id='${arguments[0]}']`);"
				+ "return !!c && !c.classList.contains('unscored')", eventId));
	}

	private String fill(String eventId) {
		Object fill = script("const c = document.querySelector(`#timeline-svg circle.event[data-id='${arguments[0]}']`);"
				+ "return c ? getComputedStyle(c).fill : ''", eventId);
		return String.valueOf(fill);
	}

	private static int[] rgb(String colour) {
		String[] parts = colour.replaceAll("[^0-9,]", "").split(",");
		return new int[] { Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]) };
	}

	private Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(script, arguments);
	}

}
