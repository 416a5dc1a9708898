package org.jkgraph.topics;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A topic: its name, aliases and description, the broader topic it belongs to, its narrower topics, and how many
 * events and measures are about it (directly).
 */
public record Topic(String id, String name, List<String> aliases, String description, TopicRef broader,
		List<TopicRef> narrower, long events, long measures) {

	/** Another topic, named. */
	@Schema(name = "TopicRef")
	public record TopicRef(String id, String name) {
	}

}
