package org.jkgraph.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.jkgraph.facts.Problem;

/**
 * A load would change facts of another dataset (datasets own their facts) and did not say to take them over;
 * nothing was written. Each such fact is listed as a problem at the line that gives its id.
 */
public class ForeignFactsException extends InvalidFactsException {

	private final Map<String, String> owners;

	ForeignFactsException(Map<String, String> owners, String dataset, Function<String, Problem> at) {
		super(problems(owners, dataset, at));
		this.owners = Map.copyOf(owners);
	}

	/** The facts of other datasets the load would have changed: id to the dataset that owns it. */
	public Map<String, String> owners() {
		return owners;
	}

	private static List<Problem> problems(Map<String, String> owners, String dataset, Function<String, Problem> at) {
		List<Problem> problems = new ArrayList<>();
		new TreeMap<>(owners).forEach((id, owner) -> {
			Problem where = at.apply(id);
			problems.add(new Problem(where.file(), where.line(), where.field(), "'" + id + "' is a fact of dataset '"
					+ owner + "'; loading it as '" + dataset + "' would change that dataset. Give the fact an id of its"
					+ " own, or take it over into '" + dataset + "' (load --take-over, POST /api/facts?takeOver=true)"));
		});
		return problems.stream().sorted().toList();
	}

}
