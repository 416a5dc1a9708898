package org.jkgraph.offices;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jkgraph.api.Page;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/offices}: who held which office of whom, on a day or over time. */
@RestController
@Tag(name = "Offices", description = "Presidents, prime ministers, ministers and other offices, with their dates")
class OfficeController {

	private final OfficeQueries queries;

	OfficeController(OfficeQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/api/offices")
	@Operation(summary = "Who held which office of an actor on a day (or in a month or year); without on, the whole "
			+ "history",
			description = "Each office with its role, title, holder, of whom, start and end (with their precision), "
					+ "whether the answer is uncertain because a start or end is known only to the month or year, and "
					+ "the sources. `of=japan&role=prime_minister&on=2023-06-01` answers who was Japan's prime "
					+ "minister that day; `role=foreign_minister&on=…` every country's foreign minister. An unknown "
					+ "actor is a 404, a role no one held a 400.")
	Page<Office> list(@ParameterObject @Valid OfficesRequest request) {
		return queries.list(request);
	}

}
