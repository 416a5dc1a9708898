package org.jkgraph.api;

import org.jkgraph.events.EventDetails;
import org.jkgraph.events.Participant;
import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code jkgraph.embedded.in-process-reads=false} the API reads the embedded database over Bolt through the
 * Driver, as it reads an external Neo4j, in Spring Data Neo4j's read-only transactions — and answers the same.
 */
@IntegrationTest
@TestPropertySource(properties = "jkgraph.embedded.in-process-reads=false")
class DriverReadPathTests {

	@Autowired
	GraphReader reader;

	@Autowired
	RestTestClient http;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aTransactionThatOutlivesItsTimeLimitOverBoltIsAnsweredAsATimeout() {
		assertThat(GraphReaderTests.problemOfOutlivedTransaction(reader, transactions).getStatus()).isEqualTo(503);
	}

	@Test
	void theApiReadsOverBoltWhenToldTo() {
		assertThat(reader.readPath()).isEqualTo("bolt");
		EventDetails summit = http.get().uri("/api/events/2023-03-16-tokyo-summit").exchange().expectStatus().isOk()
			.expectBody(EventDetails.class).returnResult().getResponseBody();
		assertThat(summit.id()).isEqualTo("2023-03-16-tokyo-summit");
		assertThat(summit.participants()).extracting(Participant::id).contains("yoon-suk-yeol", "fumio-kishida");
	}

}
