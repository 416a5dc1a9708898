package org.jkgraph.api;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description at {@code /v3/api-docs} reads as an OpenAPI 3 document (with swagger-core's own model,
 * as swagger-parser is not among the dependencies), covers the graph, search, provenance and series endpoints with
 * every parameter described, and Swagger UI is served.
 */
@IntegrationTest
class OpenApiDocumentTests {

	/** Each path with the methods and parameters it must document. */
	private static final Map<String, List<String>> ENDPOINTS = Map.of(
			"/api/graph/neighborhood/{id}", List.of("id", "depth", "limit", "includeSources"),
			"/api/graph/paths", List.of("from", "to", "maxHops", "types", "limit"),
			"/api/search", List.of("q", "kind", "limit"),
			"/api/provenance/{id}", List.of("id"),
			"/api/provenance", List.of("id"),
			"/api/series/events", List.of("interval", "by", "from", "to", "actor", "type", "plover", "cameo", "quadClass",
					"minGoldstein", "maxGoldstein", "source", "method", "format"),
			"/api/series/cooperation", List.of("interval", "from", "to", "actor", "type", "plover", "cameo", "quadClass",
					"minGoldstein", "maxGoldstein", "source", "method", "format"));

	@Autowired
	RestTestClient http;

	@Test
	void describesEveryEndpointAndParameterAsOpenApi3() throws JsonProcessingException {
		String json = http.get().uri("/v3/api-docs").exchange()
			.expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		OpenAPI api = Json31.mapper().readValue(json, OpenAPI.class);

		assertThat(api.getOpenapi()).startsWith("3.");
		assertThat(api.getInfo().getTitle()).isEqualTo("jk-graph API");
		assertThat(api.getInfo().getVersion()).isNotBlank();
		assertThat(api.getInfo().getDescription()).contains("Japan–South Korea");
		assertThat(api.getServers()).isNotEmpty();
		assertThat(api.getPaths()).containsKeys(ENDPOINTS.keySet().toArray(String[]::new));
		ENDPOINTS.forEach((path, parameters) -> {
			PathItem item = api.getPaths().get(path);
			Operation get = item.getGet();
			assertThat(get).as(path).isNotNull();
			assertThat(get.getSummary()).as(path).isNotBlank();
			assertThat(get.getResponses()).as(path).containsKey("200");
			assertThat(get.getParameters()).as(path).extracting(Parameter::getName)
				.containsExactlyInAnyOrderElementsOf(parameters);
			assertThat(get.getParameters()).as(path)
				.allSatisfy(parameter -> assertThat(parameter.getDescription()).as(path + " " + parameter.getName())
					.isNotBlank());
		});
	}

	@Test
	void nestedRecordsGetSchemasOfTheirOwn() throws JsonProcessingException {
		String json = http.get().uri("/v3/api-docs").exchange().expectBody(String.class).returnResult().getResponseBody();
		Map<String, Schema> schemas = Json31.mapper().readValue(json, OpenAPI.class).getComponents().getSchemas();
		assertThat(schemas).containsKeys("GraphView", "SearchResult", "Provenance", "EventCounts", "Cooperation");
		assertThat(schemas.get("EventCountRow").getProperties()).containsKeys("period", "group", "count");
		assertThat(schemas.get("CooperationRow").getProperties()).containsKeys("period", "events", "goldstein_mean",
				"quad1", "quad4");
	}

	@Test
	void servesSwaggerUi() {
		http.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
		http.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
	}

}
