package org.jkgraph.explorer;

import java.util.Optional;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One headless Chromium per test class, for the page tests: started before the class's first test, quit after its
 * last, and each test skipped with the reason when no Chromium and chromedriver are installed. Register it as a
 * static field with {@code @RegisterExtension}; it runs before the class's own {@code @BeforeEach} methods.
 */
public final class HeadlessBrowser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

	private static final Logger log = LoggerFactory.getLogger(HeadlessBrowser.class);

	private final String tests;

	private ChromeDriver driver;

	private String skipped;

	/** @param tests what the tests are called in the log line and the skip message, e.g. "Explorer browser tests" */
	public HeadlessBrowser(String tests) {
		this.tests = tests;
	}

	/** The running browser; only called from a test or {@code @BeforeEach}, which are skipped when there is none. */
	public ChromeDriver driver() {
		return driver;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		Optional<HeadlessChromium> chromium = HeadlessChromium.find();
		if (chromium.isEmpty()) {
			skipped = tests + " skipped: " + HeadlessChromium.missing();
			log.warn(skipped);
			return;
		}
		log.info("{} run in headless {}", tests, chromium.get());
		driver = chromium.get().start();
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		// Assumed per test, not once before all: Surefire then reports each test skipped with this message.
		assumeTrue(driver != null, () -> skipped);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

}
