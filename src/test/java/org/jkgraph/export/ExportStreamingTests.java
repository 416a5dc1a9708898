package org.jkgraph.export;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;


import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;

/**
 * How {@code GET /api/export} ends, seen from a real HTTP client on a real Tomcat, with the export itself played by
 * a stand-in: an export slower than Spring MVC's async request timeout still sends every fact, and one that stops
 * early is cut off so that the client gets an error instead of a clean, short 200.
 */
@SpringBootTest(classes = ExportStreamingTests.Web.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.mvc.async.request-timeout=300ms", "server.address=127.0.0.1" })
class ExportStreamingTests {

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
			WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
			ErrorMvcAutoConfiguration.class })
	@Import(ExportController.class)
	static class Web {

	}

	@MockitoBean
	GraphExport export;

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void anExportSlowerThanTheAsyncRequestTimeoutSendsEveryFact() throws Exception {
		facts(20, 50, null);

		HttpResponse<String> response = get();

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body().lines()).hasSize(20).last().asString().contains("\"t19\"");
	}

	@Test
	void anExportThatStopsEarlyCutsTheResponseOffSoTheClientSeesAnError() {
		// enough facts for Tomcat to have sent the status and the first chunks before the export stops
		facts(5000, 0, new ExportIncompleteException("The export stopped after 5000 facts: the database went away", null));

		assertThatThrownBy(this::get).isInstanceOf(IOException.class);
	}

	/** The stand-in export: {@code count} facts, {@code pause} ms apart, then {@code failure} if there is one. */
	@SuppressWarnings("unchecked")
	private void facts(int count, long pause, RuntimeException failure) {
		doAnswer(invocation -> {
			Consumer<Map<String, Object>> sink = invocation.getArgument(1);
			for (int i = 0; i < count; i++) {
				sink.accept(Map.of("fact", "topic", "id", "t" + i));
				Thread.sleep(pause);
			}
			if (failure != null) {
				throw failure;
			}
			return count;
		}).when(export).export(eq("seeds"), any(Consumer.class));
	}

	private HttpResponse<String> get() throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/export?dataset=seeds"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
