package org.jkgraph.support;

import org.jkgraph.api.GraphVersion;
import org.jkgraph.facts.EventTypes;
import org.mockito.Mockito;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What a {@code @WebMvcTest} slice of a read controller needs besides the controller and its mocked queries: the
 * event-type vocabulary (the real one, from the jar) and a graph version for the ETag filter's registration (the
 * slices run without servlet filters, so it is never asked).
 */
@TestConfiguration(proxyBeanMethods = false)
public class ReadSlice {

	@Bean
	EventTypes eventTypes() {
		return EventTypes.fromClasspath();
	}

	@Bean
	GraphVersion graphVersion() {
		return Mockito.mock(GraphVersion.class);
	}

}
