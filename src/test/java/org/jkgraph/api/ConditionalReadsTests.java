package org.jkgraph.api;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.http.HttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** How the ETag filter compares tags and treats answers other than a success. */
class ConditionalReadsTests {

	@Test
	void comparesTagsWeaklyAndTakesListsAndStar() {
		String tag = "W/\"abc-123\"";
		assertThat(ConditionalReads.matches(tag, tag)).isTrue();
		assertThat(ConditionalReads.matches("\"abc-123\"", tag)).isTrue();
		assertThat(ConditionalReads.matches("\"x\", W/\"abc-123\"", tag)).isTrue();
		assertThat(ConditionalReads.matches("*", tag)).isTrue();
		assertThat(ConditionalReads.matches("W/\"abc-124\"", tag)).isFalse();
		assertThat(ConditionalReads.matches(null, tag)).isFalse();
	}

	@Test
	void aServerErrorCarriesNoTag() throws Exception {
		GraphVersion version = mock(GraphVersion.class);
		when(version.current()).thenReturn("0123456789abcdef");
		MockHttpServletResponse response = new MockHttpServletResponse();
		new ConditionalReads(version).doFilter(new MockHttpServletRequest("GET", "/api/events"), response,
				new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
					@Override
					protected void service(jakarta.servlet.http.HttpServletRequest request,
							jakarta.servlet.http.HttpServletResponse answer) {
						answer.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
					}
				}));
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("ETag")).isNull();
		MockHttpServletResponse ok = new MockHttpServletResponse();
		new ConditionalReads(version).doFilter(new MockHttpServletRequest("GET", "/api/events"), ok, new MockFilterChain());
		assertThat(ok.getHeader("ETag")).startsWith("W/\"0123456789abcdef-");
	}

	@Test
	void theExportAndPagesOutsideTheApiAreLeftAlone() throws Exception {
		GraphVersion version = mock(GraphVersion.class);
		MockHttpServletResponse export = new MockHttpServletResponse();
		new ConditionalReads(version).doFilter(new MockHttpServletRequest("GET", "/api/export"), export, new MockFilterChain());
		assertThat(export.getHeader("ETag")).isNull();
		MockHttpServletResponse page = new MockHttpServletResponse();
		new ConditionalReads(version).doFilter(new MockHttpServletRequest("GET", "/index.html"), page, new MockFilterChain());
		assertThat(page.getHeader("ETag")).isNull();
	}

}
