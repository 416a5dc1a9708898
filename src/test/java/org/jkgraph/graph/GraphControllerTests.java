package org.jkgraph.graph;

import java.util.List;

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
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The HTTP contract of {@code /api/graph}, no database: defaults, bounds and their errors. */
@WebMvcTest(GraphController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(ReadSlice.class)
class GraphControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	GraphExplorer explorer;

	@Test
	void appliesTheDefaultsWhenBoundsAreLeftOut() {
		when(explorer.paths(eq("a"), eq("b"), eq(4), anyList(), eq(25), eq(List.of("accepted"))))
			.thenReturn(new GraphPaths("a", "b", List.of(), List.of(), List.of()));
		assertThat(mvc.get().uri("/api/graph/paths?from=a&to=b&types=")).hasStatusOk()
			.bodyJson().extractingPath("$.paths").asArray().isEmpty();
		verify(explorer).paths(eq("a"), eq("b"), eq(4), anyList(), eq(25), eq(List.of("accepted")));
	}

	@Test
	void boundsOutOfRangeSayTheLimitAndRunNothing() {
		assertThat(mvc.get().uri("/api/graph/neighborhood/japan?depth=4")).hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson().extractingPath("$.detail").isEqualTo("depth must be between 1 and 3, was 4");
		assertThat(mvc.get().uri("/api/graph/paths?from=a&to=b&maxHops=7")).hasStatus(400)
			.bodyJson().extractingPath("$.detail").isEqualTo("maxHops must be between 1 and 6, was 7");
		assertThat(mvc.get().uri("/api/graph/paths?from=a")).hasStatus(400)
			.bodyJson().extractingPath("$.parameter").isEqualTo("to");
		assertThat(mvc.get().uri("/api/graph/neighborhood/japan?includeSources=perhaps")).hasStatus(400)
			.bodyJson().extractingPath("$.parameter").isEqualTo("includeSources");
		verifyNoInteractions(explorer);
	}

}
