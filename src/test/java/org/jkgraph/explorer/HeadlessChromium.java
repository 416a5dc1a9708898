package org.jkgraph.explorer;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Finds the system's Chromium and its chromedriver (Debian's {@code chromium} and {@code chromium-driver} packages)
 * and starts it headless. Selenium Manager is never asked: it would try to download a browser or a driver, and there
 * is no network to download from. {@code CHROMIUM} and {@code CHROMEDRIVER} may name other executables.
 */
public final class HeadlessChromium {

	static final int WIDTH = 1400;

	static final int HEIGHT = 1900;

	private final Path browser;

	private final Path driver;

	private HeadlessChromium(Path browser, Path driver) {
		this.browser = browser;
		this.driver = driver;
	}

	/** Empty when either the browser or its driver is missing; {@link #missing()} says which. */
	public static Optional<HeadlessChromium> find() {
		Optional<Path> browser = executable("CHROMIUM", "chromium", "chromium-browser", "google-chrome");
		Optional<Path> driver = executable("CHROMEDRIVER", "chromedriver");
		return (browser.isPresent() && driver.isPresent())
				? Optional.of(new HeadlessChromium(browser.get(), driver.get())) : Optional.empty();
	}

	/** Why {@link #find()} found nothing, in words for a log line and a skipped test. */
	public static String missing() {
		String browser = executable("CHROMIUM", "chromium", "chromium-browser", "google-chrome").isPresent() ? null
				: describe("CHROMIUM", "Chromium (chromium, chromium-browser or google-chrome) on the PATH");
		String driver = executable("CHROMEDRIVER", "chromedriver").isPresent() ? null
				: describe("CHROMEDRIVER", "chromedriver on the PATH");
		String what = (browser != null && driver != null) ? browser + " and " + driver
				: (browser != null) ? browser : driver;
		return "no " + what + "; install Debian's chromium and chromium-driver packages "
				+ "(or set CHROMIUM and CHROMEDRIVER) to run the explorer's browser tests";
	}

	private static String describe(String variable, String otherwise) {
		String given = System.getenv(variable);
		return (given != null && !given.isBlank()) ? "executable at " + variable + "=" + given : otherwise;
	}

	public ChromeDriver start() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(browser.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--window-size=" + WIDTH + "," + HEIGHT, "--hide-scrollbars", "--lang=en-GB",
				"--force-device-scale-factor=1");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	@Override
	public String toString() {
		return browser + " with " + driver;
	}

	private static Optional<Path> executable(String variable, String... names) {
		String given = System.getenv(variable);
		if (given != null && !given.isBlank()) {
			return Optional.of(Path.of(given)).filter(Files::isExecutable);
		}
		List<String> path = Arrays.asList(System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator));
		for (String name : names) {
			for (String folder : path) {
				Path candidate = Path.of(folder, name);
				if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

}
