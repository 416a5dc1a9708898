package org.jkgraph.explorer;

import java.util.regex.Pattern;

import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer is static files in the jar: the page, its assets and Cytoscape.js from its webjar are served to anyone
 * without a credential (reads are open), and the page loads nothing from another host, so it works offline.
 */
@IntegrationTest
class ExplorerPageTests {

	@Autowired
	RestTestClient http;

	@ParameterizedTest
	@CsvSource({ "/, text/html", "/index.html, text/html", "/assets/explorer.js, text/javascript",
			"/assets/explorer.css, text/css", "/assets/graph.js, text/javascript",
			"/webjars/cytoscape/dist/cytoscape.min.js, text/javascript" })
	void servesThePageAndItsAssetsWithoutCredentials(String path, String type) {
		http.get().uri(path).exchange().expectStatus().isOk().expectHeader().contentTypeCompatibleWith(type);
	}

	@Test
	void loadsNothingFromAnotherHost() {
		String page = http.get().uri("/").exchange().expectStatus().isOk().returnResult(String.class).getResponseBody();
		assertThat(page).contains("<title>jk-graph explorer");
		assertThat(Pattern.compile("(src|href)=\"(https?:)?//").matcher(page).find())
			.as("a script, style or link in the page that points to another host").isFalse();
		assertThat(page).contains("src=\"webjars/cytoscape/dist/cytoscape.min.js\"", "src=\"assets/explorer.js\"");
	}

	@Test
	void anUnknownAssetIsNotFound() {
		http.get().uri("/assets/nothing-here.js").exchange().expectStatus().isNotFound();
	}

}
