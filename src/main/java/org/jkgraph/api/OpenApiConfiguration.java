package org.jkgraph.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description served at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}): title, what the
 * service is, its version from the build, and the server the API is reached at ({@code jkgraph.api.server-url},
 * by default relative to the document, so it works behind any host name or proxy).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI jkGraphOpenApi(ObjectProvider<BuildProperties> build,
			@Value("${jkgraph.api.server-url:/}") String serverUrl) {
		BuildProperties properties = build.getIfAvailable();
		String version = (properties != null) ? properties.getVersion() : "development";
		return new OpenAPI().info(new Info().title("jk-graph API")
			.version(version)
			.description("""
					A knowledge graph of Japan–South Korea relations: actors, events, measures in force over time, \
					places, topics and the sources behind each of them. Ids are stable slugs (e.g. \
					`2023-03-16-tokyo-summit`); relationship ids are `owner:TYPE:other[:qualifier]`. Errors are RFC 9457 \
					problem details: 400 names the bad parameter (and the limit it broke), 404 an unknown id."""))
			.addServersItem(new Server().url(serverUrl).description("This service"));
	}

}
