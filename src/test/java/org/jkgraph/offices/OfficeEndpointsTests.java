package org.jkgraph.offices;

import java.time.LocalDate;
import java.util.List;

import org.jkgraph.api.Page;
import org.jkgraph.api.Ref;
import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code /api/offices}: who held which office on a day, from the curated offices. */
@IntegrationTest
class OfficeEndpointsTests {

	private static final ParameterizedTypeReference<Page<Office>> OFFICES = new ParameterizedTypeReference<>() {
	};

	@Autowired
	RestTestClient http;

	@Test
	void japansPrimeMinisterOnADay() {
		Page<Office> pm = get("/api/offices?of=japan&role=prime_minister&on=2023-06-01");
		assertThat(pm.items()).singleElement().satisfies(office -> {
			assertThat(office.holder()).isEqualTo(new Ref("fumio-kishida", "Fumio Kishida", "person"));
			assertThat(office.of().id()).isEqualTo("japan");
			assertThat(office.title()).isEqualTo("Prime Minister of Japan");
			assertThat(office.start()).isEqualTo(LocalDate.of(2021, 10, 4));
			assertThat(office.end()).isEqualTo(LocalDate.of(2024, 10, 1));
			assertThat(office.uncertain()).isFalse();
			assertThat(office.id()).isEqualTo("fumio-kishida:HELD_OFFICE:japan:prime_minister@2021-10-04");
			assertThat(office.sources()).extracting(source -> source.id()).contains("kantei-prime-ministers");
		});
		assertThat(get("/api/offices?of=japan&role=prime_minister&on=2020-09-15").items())
			.extracting(office -> office.holder().id()).containsExactly("shinzo-abe");
		assertThat(get("/api/offices?of=japan&role=prime_minister&on=2020-09-17").items())
			.extracting(office -> office.holder().id()).containsExactly("yoshihide-suga");
	}

	@Test
	void southKoreasPresidentOnADayAndAtTheStartOfOffice() {
		assertThat(get("/api/offices?of=south-korea&role=president&on=2023-03-16").items())
			.extracting(office -> office.holder().id()).contains("yoon-suk-yeol").doesNotContain("moon-jae-in");
		assertThat(get("/api/offices?of=south-korea&role=president&on=2022-05-10").items())
			.extracting(office -> office.holder().id()).contains("yoon-suk-yeol").doesNotContain("moon-jae-in");
		assertThat(get("/api/offices?of=south-korea&role=president&on=2022-05-09").items())
			.extracting(office -> office.holder().id()).contains("moon-jae-in").doesNotContain("yoon-suk-yeol");
	}

	@Test
	void eachCountrysForeignMinisterOnADay() {
		Page<Office> ministers = get("/api/offices?role=foreign_minister&on=2019-06-01");
		assertThat(ministers.items()).extracting(office -> office.of().id(), office -> office.holder().id(),
				Office::uncertain)
			.contains(tuple("japan", "taro-kono", false), tuple("south-korea", "kang-kyung-wha", false));
		assertThat(ministers.items()).allSatisfy(office -> assertThat(office.role()).isEqualTo("foreign_minister"));
	}

	@Test
	void saysWhereADateKnownOnlyToTheMonthLeavesTheAnswerOpen() {
		// Cho Tae-yong left and Chang Ho-jin took over as national security adviser in December 2023, days unknown
		Page<Office> advisers = get("/api/offices?of=south-korea&role=national_security_adviser&on=2023-12-15");
		assertThat(advisers.items()).extracting(office -> office.holder().id(), Office::uncertain)
			.contains(tuple("cho-tae-yong", true), tuple("chang-ho-jin", true));
		assertThat(advisers.items()).filteredOn(office -> office.holder().id().equals("chang-ho-jin")).singleElement()
			.satisfies(office -> {
				assertThat(office.start()).isEqualTo(LocalDate.of(2023, 12, 1));
				assertThat(office.startPrecision()).isEqualTo("month");
			});
		// a day after the month is certain again
		assertThat(get("/api/offices?of=south-korea&role=national_security_adviser&on=2024-02-01").items())
			.extracting(office -> office.holder().id(), Office::uncertain).containsExactly(tuple("chang-ho-jin", false));
	}

	@Test
	void withoutADayTheWholeHistoryInOrderAndAHoldersOffices() {
		Page<Office> history = get("/api/offices?of=japan&role=prime_minister&size=500");
		List<LocalDate> starts = history.items().stream().map(Office::start).toList();
		assertThat(starts).isSorted();
		assertThat(history.items()).extracting(office -> office.holder().id())
			.containsSubsequence("shinzo-abe", "yoshihide-suga", "fumio-kishida")
			.filteredOn("shinzo-abe"::equals).hasSize(2);
		Page<Office> kishida = get("/api/offices?holder=fumio-kishida");
		assertThat(kishida.items()).extracting(Office::role, office -> office.of().id())
			.contains(tuple("foreign_minister", "japan"), tuple("prime_minister", "japan"));
		// a year asks about any day of it: Kishida was foreign minister and then not, Abe and Suga prime ministers in 2020
		assertThat(get("/api/offices?of=japan&role=prime_minister&on=2020").items())
			.extracting(office -> office.holder().id()).contains("shinzo-abe", "yoshihide-suga");
	}

	@Test
	void unknownActorsAreNotFoundAndRolesNoOneHoldsAreBadParameters() {
		http.get().uri("/api/offices?of=no-such-country").exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		http.get().uri("/api/offices?role=emperor").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.parameter").isEqualTo("role")
			.jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("prime_minister"));
		http.get().uri("/api/offices?on=2019-02-30").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.parameter").isEqualTo("on");
		// an actor that exists but holds no office of that kind: an empty answer
		assertThat(get("/api/offices?of=japan&role=president").total()).isZero();
	}

	private Page<Office> get(String uri) {
		return http.get().uri(uri).exchange().expectStatus().isOk().expectBody(OFFICES).returnResult().getResponseBody();
	}

}
