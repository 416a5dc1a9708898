package org.jkgraph.places;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jkgraph.api.GraphReader;
import org.jkgraph.api.Page;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/places}: cities, islands, seas and sites, with their names on each side and their coordinates. */
@RestController
@Tag(name = "Places", description = "Cities, regions, islands, seas, straits and sites")
class PlaceController {

	private static final String LIST = "places/list";

	private final GraphReader reader;

	PlaceController(GraphReader reader) {
		this.reader = reader;
		reader.require(LIST);
	}

	@GetMapping("/api/places")
	@Operation(summary = "Places, filtered by kind, country, an enclosing place and name, in name order, with their "
			+ "names, coordinates, claimants and number of events")
	Page<Place> list(@ParameterObject @Valid PlacesRequest request) {
		return reader.page(LIST, request.parameters(), request.paging(), Place.class).orElseThrow();
	}

}
