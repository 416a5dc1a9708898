package org.jkgraph.offices;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jkgraph.api.ActorCheck;
import org.jkgraph.api.BadParameterException;
import org.jkgraph.api.DateParameters;
import org.jkgraph.api.FactFilter;
import org.jkgraph.api.GraphReader;
import org.jkgraph.api.Page;
import org.jkgraph.api.Paging;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads offices with the named queries in {@code cypher/queries/offices/}. */
@Component
@Transactional(readOnly = true)
class OfficeQueries {

	private static final String LIST = "offices/list";

	private static final String ROLES = "offices/roles";

	private final GraphReader reader;

	private final ActorCheck actors;

	OfficeQueries(GraphReader reader, ActorCheck actors) {
		this.reader = reader;
		this.actors = actors;
		reader.require(LIST, ROLES);
	}

	Page<Office> list(OfficesRequest request) {
		String of = blankToNull(request.of());
		String holder = blankToNull(request.holder());
		String role = blankToNull(request.role());
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("of", of);
		parameters.put("holder", holder);
		parameters.put("role", role);
		parameters.put("from", DateParameters.from("on", request.on()));
		parameters.put("to", DateParameters.to("on", request.on()));
		FactFilter.of(request.source(), request.method(), request.status(),
				request.include()).addTo(parameters);
		Page<Office> page = reader.page(LIST, parameters, request.paging(), Office.class).orElseThrow();
		if (page.total() == 0) {
			explainNothing(of, holder, role);
		}
		return page;
	}

	/** No office matched: an unknown actor is a 404, a role no one holds a 400; otherwise the answer is empty. */
	private void explainNothing(String of, String holder, String role) {
		actors.existing(of);
		actors.existing(holder);
		if (role != null) {
			List<String> roles = reader.list(ROLES, Map.of(), row -> row.get("role").asString());
			if (!roles.contains(role)) {
				throw new BadParameterException("role", "role '" + role + "' is held by no one in the graph; the roles "
						+ "held are " + String.join(", ", roles));
			}
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
