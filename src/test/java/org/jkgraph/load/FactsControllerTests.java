package org.jkgraph.load;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jkgraph.api.GraphVersion;
import org.jkgraph.facts.Problem;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The HTTP contract of {@code POST /api/facts}, without a database: what reaches the loader, and how its answers and
 * refusals look. Who may post is the security's contract (WriteAccessTests, against the whole service).
 */
@WebMvcTest(controllers = FactsController.class, properties = "jkgraph.load.stream-above=1KB")
@AutoConfigureMockMvc(addFilters = false)
@Import(FactsControllerTests.Properties.class)
class FactsControllerTests {

	@TestConfiguration
	@EnableConfigurationProperties(LoadProperties.class)
	static class Properties {

	}

	@Autowired
	MockMvc http;

	@MockitoBean
	FactLoader loader;

	/** Needed by the ETag filter's registration, which this slice never runs (filters are off). */
	@MockitoBean
	GraphVersion graphVersion;

	private static final String LINE = "{\"fact\":\"topic\",\"id\":\"cogs\",\"name\":\"Cogs\",\"sources\":[{\"source\":\"s\"}]}\n";

	@Test
	void jsonLinesArePostedAsAPartialLoadOfTheNamedDataset() throws Exception {
		when(loader.load(any(LoadRequest.class), any())).thenReturn(new LoadReport("load-1", "news", 1,
				Map.of("topic", new LoadCounts(1, 0, 0, 0)), 1, 0, Duration.ofMillis(12)));

		http.perform(post("/api/facts?dataset=news&name=monday").contentType("application/x-ndjson").content(LINE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.loadId").value("load-1"))
			.andExpect(jsonPath("$.facts.topic.created").value(1));

		ArgumentCaptor<LoadRequest> request = ArgumentCaptor.forClass(LoadRequest.class);
		verify(loader).load(request.capture(), any());
		assertThat(request.getValue().dataset()).isEqualTo("news");
		assertThat(request.getValue().full()).isFalse();
		assertThat(request.getValue().files()).singleElement().satisfies(file -> {
			assertThat(file.name()).isEqualTo("request:monday.jsonl");
			assertThat(file.content()).isEqualTo(LINE);
		});
	}

	@Test
	void factsWithProblemsAnswer422ListingEachProblem() throws Exception {
		when(loader.load(any(LoadRequest.class), any())).thenThrow(new InvalidFactsException(
				List.of(new Problem("request:facts.yaml", 3, "topics[0].name", "missing required field"))));

		http.perform(post("/api/facts").contentType("application/yaml").content("topics:\n  - id: cogs\n"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Invalid facts"))
			.andExpect(jsonPath("$.problems[0].line").value(3))
			.andExpect(jsonPath("$.problems[0].field").value("topics[0].name"))
			.andExpect(jsonPath("$.problems[0].message").value("missing required field"));
	}

	@Test
	void aDatasetThatIsNoSlugIsABadParameterAndLoadsNothing() throws Exception {
		http.perform(post("/api/facts?dataset=Not A Slug").contentType("application/x-ndjson").content(LINE))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value("dataset"));
		verify(loader, never()).load(any(LoadRequest.class), any());
	}

	@Test
	void aBodyThatIsNotUtf8IsRefusedWith415AndLoadsNothing() throws Exception {
		byte[] latin1 = "{\"fact\":\"topic\",\"id\":\"caf\u00e9\",\"name\":\"Caf\u00e9\"}\n"
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		http.perform(post("/api/facts").contentType("application/x-ndjson").content(latin1))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not UTF-8")));
		http.perform(post("/api/facts").contentType("application/x-ndjson; charset=ISO-8859-1").content(LINE))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		verify(loader, never()).load(any(LoadRequest.class), any());
	}

	@Test
	void aBodyAboveStreamAboveIsLoadedStreamedFromAFileNotHeldWhole() throws Exception {
		String body = LINE.repeat(20);
		when(loader.loadStreamed(any(List.class), any(), any(), eq(false), eq(false), any())).thenAnswer(invocation -> {
			List<java.nio.file.Path> files = invocation.getArgument(0);
			java.util.function.Function<java.nio.file.Path, String> names = invocation.getArgument(1);
			assertThat(files).singleElement().satisfies(file -> {
				assertThat(java.nio.file.Files.readString(file)).isEqualTo(body);
				// problems and provenance name the request, as for a small body, not the server's temporary file
				assertThat(names.apply(file)).isEqualTo("request:facts.jsonl");
			});
			return new LoadReport("load-2", "api", 1, Map.of(), 0, 0, Duration.ZERO);
		});

		http.perform(post("/api/facts").contentType("application/x-ndjson").content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.loadId").value("load-2"));
		verify(loader, never()).load(any(LoadRequest.class), any());
	}

	@Test
	void aBodyOfAnotherTypeIsRefused() throws Exception {
		http.perform(post("/api/facts").contentType(MediaType.TEXT_PLAIN).content(LINE))
			.andExpect(status().isUnsupportedMediaType());
		verify(loader, never()).load(any(LoadRequest.class), any());
	}

}
