package org.jkgraph.graph;

import java.util.List;
import java.util.Map;

import org.jkgraph.api.GraphView;
import org.jkgraph.api.GraphView.GraphEdge;
import org.jkgraph.api.GraphView.GraphNode;
import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/graph}: neighbourhoods and shortest paths over the curated facts. */
@IntegrationTest
class GraphEndpointsTests {

	private static final String WTO_COMPLAINT = "korea-wto-complaint-ds590";

	private static final String EXPORT_CONTROLS = "japan-export-controls-2019";

	private static final String TOKYO_SUMMIT = "2023-03-16-tokyo-summit";

	@Autowired
	RestTestClient http;

	@Test
	void findsAPathFromTheWtoComplaintToTheExportControls() {
		GraphPaths paths = paths("/api/graph/paths?from={from}&to={to}", WTO_COMPLAINT, EXPORT_CONTROLS);
		assertThat(paths.nodes()).extracting(GraphNode::id).contains(WTO_COMPLAINT, EXPORT_CONTROLS);
		assertThat(paths.edges()).isNotEmpty();
		assertThat(paths.edges()).extracting(GraphEdge::type).doesNotContain("CITES", "HAS_CLAIM");
		assertThat(paths.nodes()).flatExtracting(GraphNode::labels).doesNotContain("Source", "Claim");
	}

	@Test
	void restrictedToCausalRelationshipsThePathRunsThroughTheComplaintAndTheControlsThemselves() {
		GraphPaths paths = paths("/api/graph/paths?from={from}&to={to}&types=CAUSED,RESPONDS_TO,CHANGED", WTO_COMPLAINT,
				EXPORT_CONTROLS);
		assertThat(paths.nodes()).extracting(GraphNode::id).contains("2019-09-11-korea-files-wto-complaint", "2019-07-01-japan-tightens-export-controls");
		assertThat(paths.edges()).extracting(GraphEdge::type).isSubsetOf("CAUSED", "RESPONDS_TO", "CHANGED");
		assertThat(paths.edges()).extracting(e -> e.source() + " " + e.type() + " " + e.target())
			.contains("2019-09-11-korea-files-wto-complaint RESPONDS_TO 2019-07-01-japan-tightens-export-controls",
					"2019-07-01-japan-tightens-export-controls CHANGED japan-export-controls-2019");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2018-10-30-supreme-court-rules-against-nippon-steel",
			"2018-11-29-supreme-court-rules-against-mitsubishi-heavy-industries" })
	void leadsFromEachForcedLabourRulingToThe2019ExportControls(String ruling) {
		GraphPaths found = paths("/api/graph/paths?from={from}&to={to}&types=CAUSED,CHANGED", ruling, EXPORT_CONTROLS);
		assertThat(found.paths().getFirst().nodes()).containsExactly(ruling, "2019-07-01-japan-tightens-export-controls",
				EXPORT_CONTROLS);
		assertThat(found.paths().getFirst().edges()).first().asString()
			.startsWith(ruling + ":CAUSED:2019-07-01-japan-tightens-export-controls");
	}

	@Test
	void listsThePathsOneByOneShortestFirstEachFromTheStartToTheEnd() {
		GraphPaths found = paths("/api/graph/paths?from={from}&to={to}&limit=40", WTO_COMPLAINT, EXPORT_CONTROLS);
		assertThat(found.paths()).hasSizeGreaterThan(5);
		assertThat(found.paths()).extracting(GraphPaths.Path::length).isSorted().first().isEqualTo(2);
		assertThat(found.paths()).extracting(GraphPaths.Path::length).contains(3);
		Map<String, GraphEdge> edges = new java.util.HashMap<>();
		found.edges().forEach(edge -> edges.put(edge.id(), edge));
		assertThat(found.paths()).allSatisfy(path -> {
			assertThat(path.nodes()).first().isEqualTo(WTO_COMPLAINT);
			assertThat(path.nodes()).last().isEqualTo(EXPORT_CONTROLS);
			assertThat(path.nodes()).hasSize(path.length() + 1).doesNotHaveDuplicates();
			assertThat(path.edges()).hasSize(path.length());
			// each edge joins the nodes before and after it, in one direction or the other
			for (int i = 0; i < path.length(); i++) {
				GraphEdge edge = edges.get(path.edges().get(i));
				assertThat(List.of(edge.source(), edge.target()))
					.containsExactlyInAnyOrder(path.nodes().get(i), path.nodes().get(i + 1));
			}
		});
		assertThat(found.paths()).extracting(path -> String.join(" ", path.nodes()))
			.contains(WTO_COMPLAINT + " 2019-09-11-korea-files-wto-complaint 2019-07-01-japan-tightens-export-controls "
					+ EXPORT_CONTROLS);
	}

	@Test
	void reachesASourceAtAnEndThroughItsCitationsButNeverPassesThroughOne() {
		String source = "reuters-2023-03-16-trade-dispute";
		GraphPaths toSource = paths("/api/graph/paths?from={from}&to={to}", TOKYO_SUMMIT, source);
		assertThat(toSource.paths().getFirst().nodes()).containsExactly(TOKYO_SUMMIT, source);
		assertThat(toSource.edges()).filteredOn(edge -> edge.id().startsWith(TOKYO_SUMMIT + ":CITES:" + source))
			.singleElement()
			.satisfies(edge -> assertThat(edge.properties()).containsEntry("locator", "paras 1-2 and 4"));
		GraphPaths between = paths("/api/graph/paths?from={from}&to={to}&limit=100", WTO_COMPLAINT, EXPORT_CONTROLS);
		assertThat(between.nodes()).flatExtracting(GraphNode::labels).doesNotContain("Source", "Claim");
	}

	@Test
	void aPathFromAFactToItselfIsTheFactAlone() {
		GraphPaths found = paths("/api/graph/paths?from=japan&to=japan");
		assertThat(found.nodes()).extracting(GraphNode::id).containsExactly("japan");
		assertThat(found.edges()).isEmpty();
		assertThat(found.paths()).singleElement().satisfies(path -> {
			assertThat(path.length()).isZero();
			assertThat(path.nodes()).containsExactly("japan");
		});
	}

	@Test
	void theNeighbourhoodOfTheTokyoSummitHasItsLeadersPlaceAndTopicsButNoCitations() {
		GraphView around = view("/api/graph/neighborhood/{id}", TOKYO_SUMMIT);
		assertThat(around.nodes().getFirst().id()).isEqualTo(TOKYO_SUMMIT);
		assertThat(ids(around)).contains("yoon-suk-yeol", "fumio-kishida", "tokyo", "export-controls",
				"2023-03-16-japan-to-lift-export-controls");
		assertThat(around.nodes()).flatExtracting(GraphNode::labels).doesNotContain("Source", "Claim");
		assertThat(around.edges()).filteredOn(e -> e.type().equals("PARTICIPATED_IN"))
			.anySatisfy(edge -> {
				assertThat(edge.source()).isEqualTo("fumio-kishida");
				assertThat(edge.target()).isEqualTo(TOKYO_SUMMIT);
				assertThat(edge.properties()).containsEntry("role", "host");
			});
		assertThat(around.nodes()).allSatisfy(
				node -> assertThat(node.properties()).containsKey("id").doesNotContainKeys("hash", "aliasText"));
	}

	@Test
	void includesSourcesWhenAsked() {
		GraphView around = view("/api/graph/neighborhood/{id}?includeSources=true", TOKYO_SUMMIT);
		assertThat(ids(around)).contains("mofa-japan-2023-03-16-summit", "reuters-2023-03-16-trade-dispute");
		assertThat(around.edges()).extracting(GraphEdge::type).contains("CITES");
	}

	@Test
	void aDeeperNeighbourhoodIsLargerAndTheLimitBoundsIt() {
		int one = view("/api/graph/neighborhood/{id}?depth=1", TOKYO_SUMMIT).nodes().size();
		int two = view("/api/graph/neighborhood/{id}?depth=2&limit=500", TOKYO_SUMMIT).nodes().size();
		assertThat(two).isGreaterThan(one);
		GraphView limited = view("/api/graph/neighborhood/{id}?depth=3&limit=5", TOKYO_SUMMIT);
		assertThat(limited.nodes()).hasSize(6);
		// Nearest first: with 20 direct neighbours, five of them fill the limit.
		List<String> direct = ids(view("/api/graph/neighborhood/{id}", TOKYO_SUMMIT));
		assertThat(direct).containsAll(ids(limited));
	}

	@Test
	void unknownIdsAreNotFound() {
		problem("/api/graph/neighborhood/no-such-fact", 404).containsEntry("detail", "No fact with id 'no-such-fact'");
		problem("/api/graph/paths?from=japan&to=no-such-fact", 404).containsEntry("detail", "No fact with id 'no-such-fact'");
		problem("/api/graph/paths?from=no-such-fact&to=japan", 404).containsEntry("detail", "No fact with id 'no-such-fact'");
	}

	@Test
	void boundsOutOfRangeAreBadParametersThatSayTheLimit() {
		problem("/api/graph/neighborhood/japan?depth=4", 400).containsEntry("parameter", "depth")
			.containsEntry("detail", "depth must be between 1 and 3, was 4");
		problem("/api/graph/neighborhood/japan?depth=0", 400).containsEntry("parameter", "depth");
		problem("/api/graph/neighborhood/japan?limit=501", 400).containsEntry("parameter", "limit")
			.containsEntry("detail", "limit must be between 1 and 500, was 501");
		problem("/api/graph/paths?from=japan&to=south-korea&maxHops=7", 400).containsEntry("parameter", "maxHops")
			.containsEntry("detail", "maxHops must be between 1 and 6, was 7");
		problem("/api/graph/paths?from=japan&to=south-korea&types=CAUSED,FRIENDS_WITH", 400)
			.containsEntry("parameter", "types");
		problem("/api/graph/neighborhood/japan?depth=two", 400).containsEntry("parameter", "depth");
	}

	private GraphPaths paths(String uri, Object... variables) {
		return http.get().uri(uri, variables).exchange()
			.expectStatus().isOk()
			.expectBody(GraphPaths.class).returnResult().getResponseBody();
	}

	private GraphView view(String uri, Object... variables) {
		return http.get().uri(uri, variables).exchange()
			.expectStatus().isOk()
			.expectBody(GraphView.class).returnResult().getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private org.assertj.core.api.MapAssert<String, Object> problem(String uri, int status) {
		Map<String, Object> problem = http.get().uri(uri).exchange()
			.expectStatus().isEqualTo(status)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(Map.class).returnResult().getResponseBody();
		return assertThat(problem);
	}

	private static List<String> ids(GraphView view) {
		return view.nodes().stream().map(GraphNode::id).toList();
	}

}
