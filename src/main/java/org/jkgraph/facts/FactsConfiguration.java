package org.jkgraph.facts;

import org.jkgraph.model.FactModel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The graph model the service reads, loads, exports and draws facts by, with the jar's event types. */
@Configuration(proxyBeanMethods = false)
class FactsConfiguration {

	@Bean
	FactModel factModel(EventTypes eventTypes) {
		return FactModel.standard(eventTypes);
	}

}
