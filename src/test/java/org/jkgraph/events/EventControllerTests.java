package org.jkgraph.events;

import java.util.List;

import org.jkgraph.api.Page;
import org.jkgraph.api.Paging;
import org.jkgraph.support.ReadSlice;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The HTTP contract of {@code /api/events} and {@code /api/timeline}, no database: what is bound, what is refused. */
@WebMvcTest({ EventController.class, TimelineController.class })
@AutoConfigureMockMvc(addFilters = false)
@Import(ReadSlice.class)
class EventControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	EventQueries queries;

	@Test
	void bindsRepeatedAndCommaSeparatedParametersIntoTheFilter() {
		when(queries.list(any(), any())).thenReturn(new Page<>(List.of(), 1, 20, 0));
		assertThat(mvc.get().uri("/api/events?type=summit,visit&actor=japan&actor=south-korea&plover=consult"
				+ "&quadClass=1&quadClass=2&cameo=04&minGoldstein=-2.5&source=a&source=b&from=2023&page=1&size=20"))
			.hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson().extractingPath("$.hasNext").isEqualTo(false);
		ArgumentCaptor<EventFilter> filter = ArgumentCaptor.forClass(EventFilter.class);
		ArgumentCaptor<Paging> paging = ArgumentCaptor.forClass(Paging.class);
		verify(queries).list(filter.capture(), paging.capture());
		assertThat(filter.getValue().types()).containsExactly("summit", "visit");
		assertThat(filter.getValue().actors()).containsExactly("japan", "south-korea");
		assertThat(filter.getValue().codes()).isEqualTo(new EventCodes(List.of("CONSULT"), "04", List.of(1, 2), -2.5, null));
		assertThat(filter.getValue().facts().sources()).containsExactly("a", "b");
		assertThat(filter.getValue().from()).hasToString("2023-01-01");
		assertThat(paging.getValue()).isEqualTo(new Paging(1, 20));
	}

	@Test
	void refusesBadValuesNamingTheParameterBeforeAnyQuery() {
		for (String[] bad : new String[][] { { "size=0", "size" }, { "size=501", "size" }, { "page=-1", "page" },
				{ "page=abc", "page" }, { "page=3000&size=500", "page" }, { "minConfidence=2", "minConfidence" },
				{ "quadClass=0", "quadClass" }, { "cameo=4", "cameo" }, { "maxGoldstein=11", "maxGoldstein" },
				{ "plover=PICNIC", "plover" }, { "type=picnic", "type" }, { "from=2019-13", "from" },
				{ "method=guessed", "method" }, { "colour=red", "colour" } }) {
			assertThat(mvc.get().uri("/api/events?" + bad[0])).as(bad[0]).hasStatus(400)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson().extractingPath("$.parameter").isEqualTo(bad[1]);
		}
		assertThat(mvc.get().uri("/api/timeline?size=501")).hasStatus(400)
			.bodyJson().extractingPath("$.detail").isEqualTo("size must be between 1 and 500, was 501");
		verifyNoInteractions(queries);
	}

	@Test
	void anUnknownEventIsAProblemWith404() {
		when(queries.byId("no-such-event")).thenReturn(java.util.Optional.empty());
		assertThat(mvc.get().uri("/api/events/no-such-event")).hasStatus(404)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson().extractingPath("$.detail").isEqualTo("No event with id 'no-such-event'");
	}

}
