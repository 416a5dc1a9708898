package org.jkgraph.system;

import org.jkgraph.facts.EventTypes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The event-type vocabulary, read once from the jar and shared by the loader, the API and the export. */
@Configuration(proxyBeanMethods = false)
class VocabularyConfiguration {

	@Bean
	EventTypes eventTypes() {
		return EventTypes.fromClasspath();
	}

}
