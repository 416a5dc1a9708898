package org.jkgraph.vocabulary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jkgraph.facts.EventTypes;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/vocabulary}: the controlled vocabularies the facts are written in. */
@RestController
@Tag(name = "Vocabulary", description = "The event types and their PLOVER, CAMEO, QuadClass and Goldstein codes")
class VocabularyController {

	private final EventTypeList eventTypes;

	VocabularyController(EventTypes vocabulary) {
		this.eventTypes = new EventTypeList(vocabulary.all().stream()
			.map(type -> new EventTypeEntry(type.id(), type.label(), type.plover(), type.mode(), type.cameo(),
					type.quadClass(), type.goldstein(), type.description(), type.changes()))
			.toList(), vocabulary.size());
	}

	@GetMapping("/api/vocabulary/event-types")
	@Operation(summary = "Every event type: id, label, PLOVER category and mode, CAMEO code, QuadClass, Goldstein "
			+ "score, description and the measure changes such events usually make")
	EventTypeList eventTypes() {
		return eventTypes;
	}

}
