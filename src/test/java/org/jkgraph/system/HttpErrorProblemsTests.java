package org.jkgraph.system;

import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answers Spring MVC's handlers never see — Tomcat's own refusals, unreadable headers and query strings, the
 * error dispatch, uploads cut off at the size limit — are problem+json with a 4xx like every other error, and each
 * is logged in one line without a stack trace.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class HttpErrorProblemsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void aQueryStringLongerThanTomcatReadsIsAProblem(CapturedOutput output) throws Exception {
		RawHttp.Answer answer = RawHttp.get(port, "/api/search?q=" + "a".repeat(20_000));
		JsonNode problem = problem(answer, 400);
		assertThat(problem.get("detail").asString()).contains("longer than the server accepts");
		assertLoggedInOneLine(output, "400 GET (a request line it could not read)");
	}

	@Test
	void headersLongerThanTomcatReadsAreAProblem() throws Exception {
		problem(RawHttp.get(port, "/api/actors", "X-Padding: " + "b".repeat(20_000)), 400);
	}

	@Test
	void anEncodedSlashInThePathIsAProblem(CapturedOutput output) throws Exception {
		JsonNode problem = problem(RawHttp.get(port, "/api/actors/japan%2F..%2Fsouth-korea"), 400);
		assertThat(problem.get("detail").asString()).contains("encoded slash");
		assertLoggedInOneLine(output, "400 GET /api/actors/japan%2F..%2Fsouth-korea");
	}

	@Test
	void badPercentEncodingInThePathIsAProblem() throws Exception {
		problem(RawHttp.get(port, "/api/actors/%zz"), 400);
	}

	@Test
	void badPercentEncodingInTheQueryIsAProblemLoggedInOneLine(CapturedOutput output) throws Exception {
		JsonNode problem = problem(RawHttp.get(port, "/api/search?q=%zz"), 400);
		assertThat(problem.get("detail").asString()).contains("query string cannot be decoded");
		assertThat(problem.get("instance").asString()).isEqualTo("/api/search");
		assertLoggedInOneLine(output, "400 GET /api/search");
	}

	@Test
	void anUnreadableAcceptHeaderIsA406Problem() throws Exception {
		JsonNode problem = problem(RawHttp.get(port, "/api/actors/japan", "Accept: foo"), 406);
		assertThat(problem.get("detail").asString()).contains("Accept header");
		// also when the request has another fault, which could not be answered in a type it "accepts" either
		problem(RawHttp.get(port, "/api/actors?page=x", "Accept: text/csv;q=nonsense"), 406);
	}

	@Test
	void aRequestForTheErrorPageItselfIsA404Problem() throws Exception {
		JsonNode problem = problem(RawHttp.get(port, "/error"), 404);
		assertThat(problem.get("title").asString()).isEqualTo("Not Found");
	}

	@Test
	void aChunkedUploadOfFactsOverTheLimitIsA413Problem(CapturedOutput output) throws Exception {
		RawHttp.Answer answer = RawHttp.postChunked(port, "/api/facts?dataset=test-too-large", "application/x-ndjson",
				17L * 1024 * 1024, "X-API-Key: " + IntegrationTest.API_KEY);
		assertThat(problem(answer, 413).get("detail").asString()).contains("passed the limit");
		assertLoggedInOneLine(output, "413 POST /api/facts");
	}

	@Test
	void aChunkedTextToExtractFromOverTheLimitIsA413Problem() throws Exception {
		RawHttp.Answer answer = RawHttp.postChunked(port, "/api/extract", "text/plain", 17L * 1024 * 1024);
		problem(answer, 413);
	}

	private static JsonNode problem(RawHttp.Answer answer, int status) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(answer.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("detail").asString()).isNotBlank();
		return problem;
	}

	/** Exactly one log line names the refused request, and nothing was logged with a stack trace. */
	private static void assertLoggedInOneLine(CapturedOutput output, String line) {
		assertThat(output.getAll().lines().filter(l -> l.contains(line))).hasSize(1);
		assertThat(output.getAll()).doesNotContain("\tat ", "Exception");
	}

}
