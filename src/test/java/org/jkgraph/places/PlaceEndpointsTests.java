package org.jkgraph.places;

import org.jkgraph.api.Page;
import org.jkgraph.api.Ref;
import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/places}: the curated places with both sides' names, coordinates and claimants. */
@IntegrationTest
class PlaceEndpointsTests {

	private static final ParameterizedTypeReference<Page<Place>> PLACES = new ParameterizedTypeReference<>() {
	};

	@Autowired
	RestTestClient http;

	@Test
	void aDisputedPlaceIsFoundByEitherSidesNameWithItsClaimants() {
		for (String name : new String[] { "Dokdo", "takeshima", "독도", "竹島" }) {
			Page<Place> found = get("/api/places?q=" + name);
			assertThat(found.items()).extracting(Place::id).as(name).containsExactly("liancourt-rocks");
		}
		Place rocks = get("/api/places?q=Dokdo").items().getFirst();
		assertThat(rocks.kind()).isEqualTo("islands");
		assertThat(rocks.country()).isEqualTo(new Ref("south-korea", "South Korea", "country"));
		assertThat(rocks.claimants()).extracting(Ref::id).containsExactly("japan", "south-korea");
		assertThat(rocks.within().id()).isEqualTo("sea-of-japan");
		assertThat(rocks.nativeNames()).contains(new Place.NativeName("ko", "독도"), new Place.NativeName("ja", "竹島"));
		assertThat(rocks.latitude()).isEqualTo(37.24);
		assertThat(rocks.events()).isPositive();
	}

	@Test
	void filtersByKindCountryAndEnclosingPlaceInNameOrder() {
		Page<Place> korean = get("/api/places?country=south-korea&size=500");
		assertThat(korean.items()).extracting(Place::id).contains("seoul", "jeju", "liancourt-rocks")
			.doesNotContain("tokyo");
		assertThat(korean.items()).extracting(Place::name).isSortedAccordingTo(String::compareTo);
		assertThat(get("/api/places?kind=sea&size=500").items()).isNotEmpty()
			.allSatisfy(place -> assertThat(place.kind()).isEqualTo("sea"));
		assertThat(get("/api/places?within=seoul&size=500").items()).allSatisfy(
				place -> assertThat(place.within()).isNotNull());
	}

	@Test
	void badParametersAreNamed() {
		http.get().uri("/api/places?kind=planet").exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.parameter").isEqualTo("kind");
	}

	private Page<Place> get(String uri) {
		return http.get().uri(uri).exchange().expectStatus().isOk().expectBody(PLACES).returnResult().getResponseBody();
	}

}
