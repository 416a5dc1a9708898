package org.jkgraph.topics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jkgraph.api.GraphReader;
import org.jkgraph.api.Page;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/topics}: what events and measures are about, in a shallow hierarchy. */
@RestController
@Tag(name = "Topics", description = "What events and measures are about: trade, history, security, …")
class TopicController {

	private static final String LIST = "topics/list";

	private final GraphReader reader;

	TopicController(GraphReader reader) {
		this.reader = reader;
		reader.require(LIST);
	}

	@GetMapping("/api/topics")
	@Operation(summary = "Topics, filtered by a broader topic and name, in name order, with their broader and "
			+ "narrower topics and the number of events and measures about them")
	Page<Topic> list(@ParameterObject @Valid TopicsRequest request) {
		return reader.page(LIST, request.parameters(), request.paging(), Topic.class).orElseThrow();
	}

}
