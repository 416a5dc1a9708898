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
 * as swagger-parser is not among the dependencies), covers every read endpoint with every parameter described, and
 * Swagger UI is served.
 */
@IntegrationTest
class OpenApiDocumentTests {

	/** Every read endpoint with the parameters it must document (the paths and names are the API's contract). */
	private static final Map<String, List<String>> ENDPOINTS = Map.ofEntries(
			Map.entry("/api/actors", List.of("kind", "country", "q", "source", "method", "status", "include", "page", "size")),
			Map.entry("/api/actors/{id}", List.of("id")),
			Map.entry("/api/actors/{id}/events", List.of("id", "type", "from", "to", "plover", "cameo", "quadClass", "minGoldstein", "maxGoldstein", "source", "method", "status", "include", "page", "size")),
			Map.entry("/api/actors/{id}/relations", List.of("id", "relation", "from", "to", "eventLimit", "source", "method", "status", "include", "page", "size")),
			Map.entry("/api/events", List.of("type", "from", "to", "actor", "place", "topic", "minConfidence", "plover", "cameo", "quadClass", "minGoldstein", "maxGoldstein", "source", "method", "status", "include", "page", "size")),
			Map.entry("/api/events/{id}", List.of("id")),
			Map.entry("/api/graph/neighborhood/{id}", List.of("id", "depth", "limit", "includeSources", "status", "include")),
			Map.entry("/api/graph/paths", List.of("from", "to", "maxHops", "types", "limit", "status", "include")),
			Map.entry("/api/measures", List.of("asOf", "kind", "source", "method", "status", "include", "page", "size")),
			Map.entry("/api/measures/{id}", List.of("id", "asOf")),
			Map.entry("/api/observations", List.of("indicator", "subject", "counterpart", "from", "to", "source", "method", "status", "include", "page", "size", "format")),
			Map.entry("/api/offices", List.of("of", "role", "on", "holder", "source", "method", "status", "include", "page", "size")),
			Map.entry("/api/places", List.of("kind", "country", "within", "q", "source", "method", "status", "include", "page", "size")),
			Map.entry("/api/provenance", List.of("id")),
			Map.entry("/api/provenance/{id}", List.of("id")),
			Map.entry("/api/review/candidates", List.of("kind", "page", "size")),
			Map.entry("/api/review/candidates/{id}", List.of("id")),
			Map.entry("/api/search", List.of("q", "kind", "limit", "status", "include")),
			Map.entry("/api/series/cooperation", List.of("interval", "from", "to", "actor", "type", "plover", "cameo", "quadClass", "minGoldstein", "maxGoldstein", "source", "method", "status", "include", "format")),
			Map.entry("/api/series/events", List.of("interval", "by", "from", "to", "actor", "type", "plover", "cameo", "quadClass", "minGoldstein", "maxGoldstein", "source", "method", "status", "include", "format")),
			Map.entry("/api/sources", List.of("publisher", "q", "type", "language", "from", "to", "status", "include", "page", "size")),
			Map.entry("/api/sources/{id}", List.of("id", "page", "size")),
			Map.entry("/api/timeline", List.of("type", "from", "to", "actor", "place", "topic", "minConfidence", "plover", "cameo", "quadClass", "minGoldstein", "maxGoldstein", "source", "method", "status", "include", "page", "size")),
			Map.entry("/api/topics", List.of("broader", "q", "source", "method", "status", "include", "page", "size")),
			Map.entry("/api/vocabulary/event-types", List.of()));

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
			List<Parameter> documented = (get.getParameters() != null) ? get.getParameters() : List.of();
			assertThat(documented).as(path).extracting(Parameter::getName).containsExactlyInAnyOrderElementsOf(parameters);
			assertThat(documented).as(path)
				.allSatisfy(parameter -> assertThat(parameter.getDescription()).as(path + " " + parameter.getName())
					.isNotBlank());
		});
	}

	@Test
	void nestedRecordsGetSchemasOfTheirOwn() throws JsonProcessingException {
		String json = http.get().uri("/v3/api-docs").exchange().expectBody(String.class).returnResult().getResponseBody();
		Map<String, Schema> schemas = Json31.mapper().readValue(json, OpenAPI.class).getComponents().getSchemas();
		assertThat(schemas).containsKeys("GraphView", "GraphPaths", "SearchResult", "Provenance", "EventCounts",
				"Cooperation", "Office", "Observations", "SourceDetails", "EventTypeList");
		assertThat(schemas.get("EventCountRow").getProperties()).containsKeys("period", "group", "count");
		// records of the same simple name in different features keep schemas of their own
		assertThat(schemas.get("Place").getProperties()).containsKeys("claimants", "within", "events");
		assertThat(schemas.get("EventPlace").getProperties()).containsKeys("latitude").doesNotContainKey("claimants");
		assertThat(schemas.get("Topic").getProperties()).containsKeys("narrower", "measures");
		assertThat(schemas.get("Office").getProperties()).containsKeys("holder", "uncertain", "sources");
		assertThat(schemas.get("ActorOffice").getProperties()).containsKeys("of").doesNotContainKey("holder");
		assertThat(schemas.get("ActorRef").getProperties()).containsKeys("kind");
		assertThat(schemas.get("MeasureActor").getProperties()).doesNotContainKey("kind");
		assertThat(schemas.get("CooperationRow").getProperties()).containsKeys("period", "events", "goldstein_mean",
				"quad1", "quad4");
	}

	@Test
	void documentsEveryAnswerOfAReviewersDecision() throws JsonProcessingException {
		String json = http.get().uri("/v3/api-docs").exchange().expectBody(String.class).returnResult().getResponseBody();
		Map<String, PathItem> paths = Json31.mapper().readValue(json, OpenAPI.class).getPaths();
		for (String decision : List.of("accept", "reject")) {
			assertThat(paths.get("/api/review/candidates/{id}/" + decision).getPost().getResponses()).as(decision)
				.containsOnlyKeys("200", "401", "404", "409");
		}
		var merge = paths.get("/api/review/candidates/{id}/merge").getPost().getResponses();
		assertThat(merge).containsOnlyKeys("200", "400", "401", "404", "409");
		assertThat(merge.get("404").getDescription()).contains("no event to merge into");
		assertThat(merge.get("409").getContent()).containsKey("application/problem+json");
	}

	@Test
	void servesSwaggerUi() {
		http.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
		http.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
	}

}
