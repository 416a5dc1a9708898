package org.jkgraph.measures;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jkgraph.api.FactFilter;
import org.jkgraph.api.GraphReader;
import org.jkgraph.api.Page;
import org.jkgraph.api.Paging;

import org.springframework.stereotype.Component;

/** Reads measures and their status with the named queries in {@code cypher/queries/measures/}. */
@Component
class MeasureQueries {

	private static final String STATUS_ON = "measures/status_on";

	private static final String IN_FORCE_ON = "measures/in_force_on";

	private static final String BY_ID = "measures/by_id";

	private final GraphReader reader;

	MeasureQueries(GraphReader reader) {
		this.reader = reader;
		reader.require(STATUS_ON, IN_FORCE_ON, BY_ID);
	}

	/**
	 * Every measure (of {@code kind}, if given) with its status on {@code day}; only those then in force if asked.
	 * The default answer (curated and accepted facts) reads the status periods the loader keeps; one that counts
	 * candidates works the statuses out from the measures' histories.
	 */
	Page<MeasureSummary> statusOn(LocalDate day, boolean inForceOnly, String kind, FactFilter facts, Paging paging) {
		return statusOn(facts.statuses().equals(FactFilter.DEFAULT_STATUSES) ? IN_FORCE_ON : STATUS_ON, day,
				inForceOnly, kind, facts, paging);
	}

	private Page<MeasureSummary> statusOn(String query, LocalDate day, boolean inForceOnly, String kind,
			FactFilter facts, Paging paging) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("on", day);
		parameters.put("inForceOnly", inForceOnly);
		parameters.put("kind", kind);
		return reader.page(query, facts.addTo(parameters), paging, MeasureSummary.class).orElseThrow();
	}

	Optional<MeasureDetails> byId(String id, LocalDate day) {
		return reader.single(BY_ID, Map.of("id", id, "on", day, "statuses", FactFilter.DEFAULT_STATUSES), row -> row.as(MeasureDetails.class));
	}

}
