package org.jkgraph.series;

import java.time.LocalDate;
import java.util.List;

import org.jkgraph.support.ReadSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The HTTP contract of {@code /api/series}, no database: JSON or CSV by Accept header or format, and its errors. */
@WebMvcTest(SeriesController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(ReadSlice.class)
class SeriesControllerTests {

	private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	EventSeries series;

	@BeforeEach
	void oneYearOfCooperation() {
		when(series.cooperation(any())).thenReturn(new Cooperation("year", LocalDate.of(2019, 1, 1),
				LocalDate.of(2020, 12, 31), null, Cooperation.COLUMNS,
				List.of(new Cooperation.Row(LocalDate.of(2019, 1, 1), 2, -4.5, 0, 0, 1, 1),
						Cooperation.Row.empty(LocalDate.of(2020, 1, 1)))));
	}

	@Test
	void answersJsonUnlessCsvIsAskedForByHeaderOrParameter() {
		assertThat(mvc.get().uri("/api/series/cooperation")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson().extractingPath("$.rows[1].goldstein_mean").isNull();
		assertThat(mvc.get().uri("/api/series/cooperation").accept(MediaType.ALL)).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		String csv = "period,events,goldstein_mean,quad1,quad2,quad3,quad4\r\n2019-01-01,2,-4.5,0,0,1,1\r\n"
				+ "2020-01-01,0,,0,0,0,0\r\n";
		assertThat(mvc.get().uri("/api/series/cooperation").accept(TEXT_CSV)).hasStatusOk()
			.hasContentTypeCompatibleWith(TEXT_CSV)
			.hasHeader("Content-Disposition", "inline; filename=\"cooperation.csv\"")
			.hasBodyTextEqualTo(csv);
		assertThat(mvc.get().uri("/api/series/cooperation?format=csv").accept(MediaType.APPLICATION_JSON))
			.hasStatusOk().hasContentTypeCompatibleWith(TEXT_CSV);
		assertThat(mvc.get().uri("/api/series/cooperation?format=json").accept(TEXT_CSV)).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
	}

	@Test
	void theAcceptHeaderChoosesByQuality() {
		assertThat(mvc.get().uri("/api/series/cooperation").header("Accept", "application/json;q=0.5, text/csv"))
			.hasContentTypeCompatibleWith(TEXT_CSV);
		assertThat(mvc.get().uri("/api/series/cooperation").header("Accept", "text/csv;q=0.2, application/json"))
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
	}

	@Test
	void badParametersAreProblemsNamingThemEvenWhenCsvWasAskedFor() {
		assertThat(mvc.get().uri("/api/series/cooperation?format=xml")).hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson().extractingPath("$.parameter").isEqualTo("format");
		assertThat(mvc.get().uri("/api/series/cooperation?quadClass=7").accept(TEXT_CSV)).hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson().extractingPath("$.parameter").isEqualTo("quadClass");
		assertThat(mvc.get().uri("/api/series/events?grouping=type")).hasStatus(400)
			.bodyJson().extractingPath("$.parameter").isEqualTo("grouping");
		assertThat(mvc.get().uri("/api/series/cooperation?by=type")).hasStatus(400)
			.bodyJson().extractingPath("$.detail").asString().contains("Unknown parameter 'by'");
		verifyNoInteractions(series);
	}

}
