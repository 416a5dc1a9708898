package org.jkgraph.search;

import org.jkgraph.support.ReadSlice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;

/** The HTTP contract of {@code /api/search}, no database: what is searched for is bounded before any query. */
@WebMvcTest(SearchController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(ReadSlice.class)
class SearchControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	FactSearch search;

	@Test
	void aMissingBlankOrOverlongQueryIsRefusedNamingQ() {
		for (String uri : new String[] { "/api/search", "/api/search?q=", "/api/search?q=" + "x".repeat(201),
				"/api/search?q=" + "word ".repeat(1400) }) {
			assertThat(mvc.get().uri(uri)).as(uri.substring(0, Math.min(uri.length(), 30))).hasStatus(400)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson().extractingPath("$.parameter").isEqualTo("q");
		}
		assertThat(mvc.get().uri("/api/search?q=yoon&limit=0")).hasStatus(400)
			.bodyJson().extractingPath("$.parameter").isEqualTo("limit");
		verifyNoInteractions(search);
	}

}
