package org.jkgraph.topics;

import org.jkgraph.api.Page;
import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/topics}: the curated topic hierarchy with what is about each topic. */
@IntegrationTest
class TopicEndpointsTests {

	private static final ParameterizedTypeReference<Page<Topic>> TOPICS = new ParameterizedTypeReference<>() {
	};

	@Autowired
	RestTestClient http;

	@Test
	void theNarrowerTopicsOfTradeIncludeExportControlsWithItsEventsAndMeasures() {
		Page<Topic> underTrade = get("/api/topics?broader=trade&size=500");
		assertThat(underTrade.items()).extracting(Topic::id).contains("export-controls").doesNotContain("trade");
		Topic controls = underTrade.items().stream().filter(t -> t.id().equals("export-controls")).findFirst().orElseThrow();
		assertThat(controls.broader()).isEqualTo(new Topic.TopicRef("trade", "Trade"));
		assertThat(controls.events()).isPositive();
		assertThat(controls.measures()).isPositive();
		Topic trade = get("/api/topics?q=trade&size=500").items().stream().filter(t -> t.id().equals("trade"))
			.findFirst().orElseThrow();
		assertThat(trade.narrower()).extracting(Topic.TopicRef::id).contains("export-controls");
	}

	@Test
	void findsATopicByAnAliasIgnoringCase() {
		assertThat(http.get().uri("/api/topics?q={q}", "EXPORT CURBS").exchange().expectStatus().isOk().expectBody(TOPICS)
			.returnResult().getResponseBody().items()).extracting(Topic::id).containsExactly("export-controls");
	}

	private Page<Topic> get(String uri) {
		return http.get().uri(uri).exchange().expectStatus().isOk().expectBody(TOPICS).returnResult().getResponseBody();
	}

}
