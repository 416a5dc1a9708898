package org.jkgraph.api;

import java.util.Map;

import org.springframework.stereotype.Component;

/** Answers whether an actor exists, so that a question filtered by an unknown actor is a 404, not an empty answer. */
@Component
public class ActorCheck {

	private static final String EXISTS = "actors/exists";

	private final GraphReader reader;

	public ActorCheck(GraphReader reader) {
		this.reader = reader;
		reader.require(EXISTS);
	}

	/** {@code id}, stripped, or null when blank; a 404 when there is no actor with that id. */
	public String existing(String id) {
		if (id == null || id.isBlank()) {
			return null;
		}
		String actor = id.strip();
		reader.single(EXISTS, Map.of("actor", actor), row -> row.get("id").asString())
			.orElseThrow(() -> new NotFoundException("actor", actor));
		return actor;
	}

}
