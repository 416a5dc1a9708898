package org.jkgraph.observations;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.jkgraph.api.ActorCheck;
import org.jkgraph.api.DateParameters;
import org.jkgraph.api.FactFilter;
import org.jkgraph.api.GraphReader;
import org.jkgraph.api.Page;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads observations with the named query in {@code cypher/queries/observations/}. */
@Component
@Transactional(readOnly = true)
class ObservationQueries {

	private static final String LIST = "observations/list";

	private final GraphReader reader;

	private final ActorCheck actors;

	ObservationQueries(GraphReader reader, ActorCheck actors) {
		this.reader = reader;
		this.actors = actors;
		reader.require(LIST);
	}

	Observations list(ObservationsRequest request) {
		LocalDate from = DateParameters.from("from", request.from());
		LocalDate to = DateParameters.to("to", request.to());
		DateParameters.checkOrder(from, to);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("indicator", (request.indicator() == null || request.indicator().isBlank()) ? null
				: request.indicator().strip());
		parameters.put("subject", actors.existing(request.subject()));
		parameters.put("counterpart", actors.existing(request.counterpart()));
		parameters.put("from", from);
		parameters.put("to", to);
		FactFilter.of(request.source(), request.method(), request.status(),
				request.include()).addTo(parameters);
		Page<Observation> page = reader.page(LIST, parameters, request.paging(), Observation.class).orElseThrow();
		return new Observations(page.items(), page.page(), page.size(), page.total());
	}

}
