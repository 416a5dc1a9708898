package org.jkgraph.provenance;

import java.util.List;
import java.util.Map;

import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code GET /api/provenance}: the sources, load and claims behind facts and relationships. */
@IntegrationTest
class ProvenanceEndpointsTests {

	private static final String LIFT = "2023-03-16-japan-to-lift-export-controls:CHANGED:japan-export-controls-2019:lift";

	@Autowired
	RestTestClient http;

	@Test
	void theTokyoSummitListsItsSourcesWithLocatorsInTheOrderTheFactGivesThem() {
		Provenance summit = provenance("/api/provenance/{id}", "2023-03-16-tokyo-summit");
		assertThat(summit.element()).isEqualTo("node");
		assertThat(summit.kind()).isEqualTo("event");
		assertThat(summit.labels()).containsExactlyInAnyOrder("Fact", "Event");
		assertThat(summit.sources()).extracting(Provenance.Source::id, Provenance.Source::locator)
			.containsExactly(tuple("mofa-japan-2023-03-16-summit", null),
					tuple("bloomberg-2023-03-17-thaw-china", "paras 9-10"),
					tuple("reuters-2023-03-16-trade-dispute", "paras 1-2 and 4"),
					tuple("ankasam-2023-03-yoon-kishida-rapprochement", "paras 4-5"),
					tuple("ceas-perspective-10", "section \"Growing Synergy\", para 1"));
		assertThat(summit.sources()).first().satisfies(source -> {
			assertThat(source.publisher()).isEqualTo("Ministry of Foreign Affairs of Japan");
			assertThat(source.title()).isNotBlank();
			assertThat(source.published()).hasToString("2023-03-16");
		});
		assertThat(summit.method()).isEqualTo("curated");
		assertThat(summit.confidence()).isEqualTo(0.9);
		assertThat(summit.dataset()).isEqualTo("seeds");
		assertThat(summit.loadId()).startsWith("load-");
		assertThat(summit.firstLoaded()).isNotNull();
		assertThat(summit.lastChanged()).isNotNull();
		assertThat(summit.file()).isEqualTo("seeds/events/2023.yaml");
		assertThat(summit.claims()).isEmpty();
	}

	@Test
	void aClaimWhoseValueIsANumberKeepsItsNumber() {
		Provenance imports = provenance("/api/provenance/{id}", "2022-japan-imports-from-south-korea");
		assertThat(imports.kind()).isEqualTo("observation");
		assertThat(imports.claims()).extracting(Provenance.Claim::field, Provenance.Claim::value, Provenance.Claim::rank)
			.containsExactly(tuple("value", 33.58, "preferred"), tuple("value", 33.5, "normal"));
	}

	@Test
	void theGallupPollShowsBothDatesWithTheirRanksAndSources() {
		Provenance poll = provenance("/api/provenance/{id}", "2023-03-10-gallup-korea-poll-on-japan-ties");
		assertThat(poll.claims()).extracting(Provenance.Claim::field, Provenance.Claim::value, Provenance.Claim::rank)
			.containsExactly(tuple("date", "2023-03-10", "preferred"), tuple("date", "2023-03-17", "deprecated"));
		assertThat(poll.claims().get(0).sources()).extracting(Provenance.Source::id)
			.containsExactly("gallup-korea-2023-03-10-daily-opinion", "yonhap-2023-03-10-gallup-poll");
		assertThat(poll.claims().get(1).sources()).extracting(Provenance.Source::id, Provenance.Source::locator)
			.containsExactly(tuple("reuters-2023-03-16-trade-dispute", "para 10"));
		assertThat(poll.claims().get(1).note()).contains("published Friday");
	}

	@Test
	void aRelationshipHasTheProvenanceOfTheFactThatStatesIt() {
		Provenance lift = provenance("/api/provenance/{id}", LIFT);
		assertThat(lift.element()).isEqualTo("relationship");
		assertThat(lift.kind()).isEqualTo("CHANGED");
		assertThat(lift.owner()).isEqualTo("2023-03-16-japan-to-lift-export-controls");
		assertThat(lift.from()).isEqualTo("2023-03-16-japan-to-lift-export-controls");
		assertThat(lift.to()).isEqualTo("japan-export-controls-2019");
		assertThat(lift.method()).isEqualTo("curated");
		assertThat(lift.dataset()).isEqualTo("seeds");
		assertThat(lift.sources()).extracting(Provenance.Source::id)
			.contains("meti-2023-03-16-export-control-dialogue", "meti-2023-03-23-three-items");
		assertThat(lift.sources()).filteredOn(source -> source.id().equals("reuters-2023-03-16-trade-dispute"))
			.extracting(Provenance.Source::locator).containsExactly("paras 1 and 3");
		// made and loaded with its fact: the same method, confidence, load, times, file and sources in their order
		Provenance owner = provenance("/api/provenance/{id}", lift.owner());
		assertThat(lift).extracting(Provenance::method, Provenance::confidence, Provenance::dataset, Provenance::loadId,
				Provenance::firstLoaded, Provenance::lastChanged, Provenance::file, Provenance::sources)
			.containsExactly(owner.method(), owner.confidence(), owner.dataset(), owner.loadId(), owner.firstLoaded(),
					owner.lastChanged(), owner.file(), owner.sources());
		assertThat(lift.loadId()).startsWith("load-");
	}

	@Test
	void takesTheIdAsAQueryParameterToo() {
		String participation = "2023-03-16-tokyo-summit:PARTICIPATED_IN:fumio-kishida:host";
		Provenance byParameter = provenance("/api/provenance?id={id}", participation);
		assertThat(byParameter.id()).isEqualTo(participation);
		assertThat(byParameter.from()).isEqualTo("fumio-kishida");
		assertThat(byParameter.owner()).isEqualTo("2023-03-16-tokyo-summit");
		assertThat(provenance("/api/provenance?id={id}", LIFT)).isEqualTo(provenance("/api/provenance/{id}", LIFT));
	}

	@Test
	void unknownIdsAreNotFound() {
		notFound("/api/provenance/{id}", "no-such-fact").containsEntry("detail", "No fact with id 'no-such-fact'");
		notFound("/api/provenance/{id}", "2023-03-16-tokyo-summit:CAUSED:nothing")
			.containsEntry("detail", "No relationship with id '2023-03-16-tokyo-summit:CAUSED:nothing'");
		notFound("/api/provenance?id={id}", "no-such-fact:AT:tokyo");
	}

	@Test
	void aContestedLinkListsTheClaimsAboutItWithWhoMakesThem() {
		Provenance link = provenance("/api/provenance/{id}",
				"2019-07-01-japan-tightens-export-controls:RESPONDS_TO:2018-10-30-supreme-court-rules-against-nippon-steel");
		assertThat(link.kind()).isEqualTo("RESPONDS_TO");
		assertThat(link.claims()).extracting(Provenance.Claim::rank, Provenance.Claim::stance, Provenance.Claim::by)
			.containsExactly(tuple("preferred", null, List.of("south-korea")),
					tuple("normal", "disputes", List.of("japan", "meti")));
		assertThat(link.claims().get(0).sources()).extracting(Provenance.Source::id, Provenance.Source::locator)
			.containsExactly(tuple("reuters-2023-03-16-trade-dispute", "para 4"),
					tuple("ankasam-2023-03-yoon-kishida-rapprochement", "paras 2-3"));
	}

	private Provenance provenance(String uri, String id) {
		return http.get().uri(uri, id).exchange()
			.expectStatus().isOk()
			.expectBody(Provenance.class).returnResult().getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private org.assertj.core.api.MapAssert<String, Object> notFound(String uri, String id) {
		Map<String, Object> problem = http.get().uri(uri, id).exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(Map.class).returnResult().getResponseBody();
		return assertThat(problem);
	}

}
