package org.jkgraph.api;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

import org.jkgraph.support.IntegrationTest;
import org.jkgraph.support.TestDatasets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads carry an ETag from the graph's version: the same tag answers 304 while the graph is unchanged, a write (through
 * the API or straight into the database) gives a new one; large JSON and CSV answers are gzipped.
 */
@IntegrationTest
class HttpCachingTests {

	private static final String FACT = """
			{"fact":"topic","id":"test-caching-topic","name":"Caching","sources":[{"source":"reuters-2023-03-16-trade-dispute"}]}
			""";

	@Autowired
	RestTestClient http;

	@Autowired
	Driver driver;

	@LocalServerPort
	int port;

	@AfterEach
	void removeTestFacts() {
		TestDatasets.remove(driver);
	}

	@Test
	void anUnchangedGraphAnswers304ToTheTagOfTheLastAnswer() {
		EntityExchangeResult<byte[]> first = get("/api/events/2023-03-16-tokyo-summit", null, MediaType.APPLICATION_JSON);
		String tag = first.getResponseHeaders().getETag();
		assertThat(tag).startsWith("W/\"");
		assertThat(first.getResponseHeaders().getCacheControl()).isEqualTo("no-cache");
		EntityExchangeResult<byte[]> again = get("/api/events/2023-03-16-tokyo-summit", tag, MediaType.APPLICATION_JSON);
		assertThat(again.getStatus().value()).isEqualTo(304);
		assertThat(again.getResponseBody()).isNullOrEmpty();
		assertThat(again.getResponseHeaders().getETag()).isEqualTo(tag);
		// another tag, or a list of them without ours, gets the answer
		assertThat(get("/api/events/2023-03-16-tokyo-summit", "W/\"0000\", \"1111\"", MediaType.APPLICATION_JSON)
			.getStatus().value()).isEqualTo(200);
		assertThat(get("/api/events/2023-03-16-tokyo-summit", "\"x\", " + tag, MediaType.APPLICATION_JSON)
			.getStatus().value()).isEqualTo(304);
	}

	@Test
	void jsonAndCsvOfTheSameSeriesHaveTagsOfTheirOwn() {
		String json = get("/api/series/cooperation?interval=year", null, MediaType.APPLICATION_JSON).getResponseHeaders()
			.getETag();
		EntityExchangeResult<byte[]> csv = get("/api/series/cooperation?interval=year", json, MediaType.parseMediaType("text/csv"));
		assertThat(csv.getStatus().value()).isEqualTo(200);
		assertThat(csv.getResponseHeaders().getETag()).isNotEqualTo(json);
		assertThat(csv.getResponseHeaders().getVary()).contains(HttpHeaders.ACCEPT);
	}

	@Test
	void aWriteThroughTheApiOrIntoTheDatabaseChangesTheTag() throws InterruptedException {
		String before = tag();
		http.post().uri("/api/facts?dataset=test-caching").contentType(MediaType.parseMediaType("application/x-ndjson"))
			.header("X-API-Key", IntegrationTest.API_KEY).body(FACT).exchange()
			.expectStatus().isOk();
		String afterLoad = tag();
		assertThat(afterLoad).isNotEqualTo(before);
		assertThat(get("/api/topics?q=caching", before, MediaType.APPLICATION_JSON).getStatus().value()).isEqualTo(200);
		// straight into the database, as a load from the command line would: seen within the refresh interval (1 s)
		try (Session session = driver.session()) {
			session.run("MATCH (t:Topic {id: 'test-caching-topic'}) SET t.name = 'Caching, renamed'").consume();
			session.run("CREATE (:Load {id: 'load-test-caching', dataset: 'test-caching', startedAt: datetime(), "
					+ "finishedAt: datetime()})").consume();
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (tag().equals(afterLoad) && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		assertThat(tag()).isNotEqualTo(afterLoad);
	}

	@Test
	void largeJsonAndCsvAnswersAreGzippedForClientsThatAcceptIt() throws Exception {
		// A plain client: the test client may unpack gzip on its own and drop the header that says so.
		HttpResponse<byte[]> events = gzip("/api/events?size=200", "application/json");
		assertThat(events.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).hasValue("gzip");
		String json = new String(new GZIPInputStream(new ByteArrayInputStream(events.body())).readAllBytes(),
				StandardCharsets.UTF_8);
		assertThat(json).startsWith("{\"items\":[").contains("2023-03-16-tokyo-summit");
		assertThat(events.body().length).isLessThan(json.length() / 3);
		HttpResponse<byte[]> csv = gzip("/api/series/events?interval=day&from=2023&to=2023", "text/csv");
		assertThat(csv.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).hasValue("gzip");
		HttpResponse<byte[]> small = gzip("/api/actors?size=1", "application/json");
		assertThat(small.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).isEmpty();
	}

	private HttpResponse<byte[]> gzip(String path, String accept) throws Exception {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header(HttpHeaders.ACCEPT, accept)
				.header(HttpHeaders.ACCEPT_ENCODING, "gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
	}

	private String tag() {
		return get("/api/topics?q=caching", null, MediaType.APPLICATION_JSON).getResponseHeaders().getETag();
	}

	private EntityExchangeResult<byte[]> get(String uri, String ifNoneMatch, MediaType accept) {
		var request = http.get().uri(uri).accept(accept);
		if (ifNoneMatch != null) {
			request = request.header(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
		}
		return request.exchange().expectBody().returnResult();
	}

}
