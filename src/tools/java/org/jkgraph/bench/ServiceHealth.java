package org.jkgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits for a service started in a child JVM to answer {@code /actuator/health} with 200 and UP. */
final class ServiceHealth {

	/** How often health is asked: the resolution of every start-up figure. */
	static final Duration POLL = Duration.ofMillis(100);

	private ServiceHealth() {
	}

	/**
	 * Returns once {@code base + /actuator/health} says UP.
	 *
	 * @throws IllegalStateException when the process ends first, or {@code timeout} passes
	 */
	static void await(String base, Process service, Duration timeout, String logHint) {
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest health = HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!service.isAlive()) {
				throw new IllegalStateException("The service stopped (exit code " + service.exitValue() + "); see " + logHint);
			}
			try {
				HttpResponse<String> answer = client.send(health, HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(POLL.toMillis());
		}
		throw new IllegalStateException("The service did not become healthy within " + timeout.toMinutes()
				+ " minutes; see " + logHint);
	}

	/** Stops the service as a user would (SIGTERM), waiting at most a minute; returns how long it took. */
	static Duration stop(Process service) {
		long started = System.nanoTime();
		service.destroy();
		try {
			if (!service.waitFor(60, TimeUnit.SECONDS)) {
				service.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return Duration.ofNanos(System.nanoTime() - started);
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
