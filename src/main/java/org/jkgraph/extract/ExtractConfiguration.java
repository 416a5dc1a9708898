package org.jkgraph.extract;

import java.nio.file.Path;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The one {@link Extractor} of the application, built on first use (the service may never extract anything). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExtractProperties.class)
class ExtractConfiguration {

	@Bean
	@Lazy
	Extractor extractor(ExtractProperties properties) {
		return Extractor.fromSeeds(Path.of(properties.seeds()));
	}

}
