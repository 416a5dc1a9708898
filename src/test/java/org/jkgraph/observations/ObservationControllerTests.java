package org.jkgraph.observations;

import java.time.LocalDate;
import java.util.List;

import org.jkgraph.api.CitedSource;
import org.jkgraph.api.Ref;
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
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

/** The HTTP contract of {@code /api/observations}, no database: the same page as JSON and as CSV. */
@WebMvcTest(ObservationController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(ReadSlice.class)
class ObservationControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ObservationQueries queries;

	@Test
	void writesThePageAsCsvWithTheSourceIdsOfEachObservation() {
		Observation poll = new Observation("2023-poll", "poll_share", new Ref("south-korea", "South Korea", "country"),
				null, 64.0, "percent", LocalDate.of(2023, 3, 1), "month", "2023-03", LocalDate.of(2023, 3, 31),
				"Should ties improve, \"quickly\"?", null, null, "curated", 0.9,
				List.of(new CitedSource("gallup", "Daily opinion", "Gallup Korea", null, null, null, null),
						new CitedSource("yonhap", "Report", "Yonhap", null, null, "para 2", null)),
				List.of());
		when(queries.list(any())).thenReturn(new Observations(List.of(poll), 0, 50, 1));
		assertThat(mvc.get().uri("/api/observations?indicator=poll_share").accept(MediaType.parseMediaType("text/csv")))
			.hasStatusOk()
			.hasBodyTextEqualTo("id,indicator,subject,counterpart,period,period_precision,value,unit,sources\r\n"
					+ "2023-poll,poll_share,south-korea,,2023-03,month,64.0,percent,gallup;yonhap\r\n");
		assertThat(mvc.get().uri("/api/observations?indicator=poll_share")).hasStatusOk()
			.bodyJson().extractingPath("$.items[0].question").isEqualTo("Should ties improve, \"quickly\"?");
		assertThat(mvc.get().uri("/api/observations?indicator=poll_share")).bodyJson()
			.doesNotHavePath("$.columns");
	}

}
