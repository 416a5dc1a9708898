package org.jkgraph.vocabulary;

import org.jkgraph.facts.EventTypes;
import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/vocabulary/event-types}: every event type of the vocabulary with its codes. */
@IntegrationTest
class VocabularyEndpointTests {

	@Autowired
	RestTestClient http;

	@Test
	void listsEveryEventTypeWithItsCodes() {
		EventTypeList types = http.get().uri("/api/vocabulary/event-types").exchange()
			.expectStatus().isOk()
			.expectBody(EventTypeList.class).returnResult().getResponseBody();
		assertThat(types.total()).isEqualTo(types.items().size()).isEqualTo(EventTypes.fromClasspath().size());
		assertThat(types.items()).filteredOn(type -> type.id().equals("summit")).singleElement().satisfies(summit -> {
			assertThat(summit.label()).isNotBlank();
			assertThat(summit.plover()).isEqualTo("CONSULT");
			assertThat(summit.cameo()).isEqualTo("043");
			assertThat(summit.quadClass()).isEqualTo(1);
			assertThat(summit.goldstein()).isEqualTo(2.8);
			assertThat(summit.description()).isNotBlank();
		});
		assertThat(types.items()).filteredOn(type -> type.id().equals("export_controls")).singleElement()
			.satisfies(type -> {
				assertThat(type.plover()).isEqualTo("SANCTION");
				assertThat(type.quadClass()).isEqualTo(4);
				assertThat(type.changes()).isNotEmpty();
			});
	}

}
