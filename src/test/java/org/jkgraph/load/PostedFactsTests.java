package org.jkgraph.load;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jkgraph.support.IntegrationTest;
import org.jkgraph.support.TestDatasets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/facts} through the whole service: what the graph holds afterwards. */
@IntegrationTest
class PostedFactsTests {

	@Autowired
	RestTestClient http;

	@Autowired
	Driver driver;

	@AfterEach
	void removeTestDatasets() {
		TestDatasets.remove(driver);
	}

	@Test
	void postedFactsKeepTheMethodAndConfidenceTheyDeclare() {
		String line = "{\"fact\":\"topic\",\"id\":\"test-posted-topic\",\"name\":\"Posted\",\"method\":\"extracted\","
				+ "\"confidence\":0.6,\"sources\":[{\"source\":\"mofa-japan-2023-03-16-summit\"}]}\n";
		post("test-posted", line.getBytes(StandardCharsets.UTF_8)).expectStatus().isOk();
		try (Session session = driver.session()) {
			Map<String, Object> node = session.run("MATCH (n:Fact {id: 'test-posted-topic'}) RETURN n.method AS method, "
					+ "n.confidence AS confidence").single().asMap();
			assertThat(node).containsEntry("method", "extracted").containsEntry("confidence", 0.6);
		}
	}

	@Test
	void aBodyThatIsNotUtf8Answers415AndWritesNothing() {
		String line = "{\"fact\":\"topic\",\"id\":\"test-posted-latin\",\"name\":\"Caf\u00e9\","
				+ "\"sources\":[{\"source\":\"mofa-japan-2023-03-16-summit\"}]}\n";
		post("test-posted", line.getBytes(StandardCharsets.ISO_8859_1)).expectStatus().isEqualTo(415)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		try (Session session = driver.session()) {
			assertThat(session.run("MATCH (n:Fact {id: 'test-posted-latin'}) RETURN count(n) AS n").single().get("n")
				.asLong()).isZero();
		}
	}

	private RestTestClient.ResponseSpec post(String dataset, byte[] body) {
		return http.post().uri("/api/facts?dataset=" + dataset)
			.contentType(MediaType.parseMediaType("application/x-ndjson"))
			.header("X-API-Key", IntegrationTest.API_KEY)
			.body(body)
			.exchange();
	}

}
