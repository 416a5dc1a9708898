package org.jkgraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which facts an answer counts, whatever their kind: those citing one of some {@code sources} ("according to these
 * articles"), made by one {@code method}, and in one of some review {@code statuses}. Every read query applies it in
 * one place (its {@code $sources}, {@code $method} and {@code $statuses} lines, under "which facts count").
 * <p>
 * By default answers count only accepted facts: the curated ones (which carry no status and count as accepted) and
 * extracted ones a reviewer accepted. The extractor's candidates are in the graph but appear only when asked for,
 * with {@code status=candidate} (only them) or {@code include=candidates} (them too), so that extraction can never
 * change a default answer.
 */
public record FactFilter(List<String> sources, String method, List<String> statuses) {

	public static final int MAX_SOURCES = 20;

	public static final List<String> METHODS = List.of("curated", "extracted");

	/** The review statuses a read may ask for; rejected and merged candidates are the review API's business. */
	public static final List<String> STATUSES = List.of("accepted", "candidate");

	public static final String ACCEPTED = "accepted";

	public static final String CANDIDATE = "candidate";

	/** What {@code include=} takes. */
	public static final String CANDIDATES = "candidates";

	/** The statuses a default answer counts. */
	public static final List<String> DEFAULT_STATUSES = List.of(ACCEPTED);

	/** Every fact an answer would count by default. */
	public static final FactFilter ALL = new FactFilter(List.of(), null, DEFAULT_STATUSES);

	public static FactFilter of(List<String> sources, String method) {
		return of(sources, method, null, null);
	}

	/**
	 * @param status  review statuses to count (accepted, candidate); none for the default, accepted
	 * @param include {@code candidates} to count candidates besides the statuses asked for
	 */
	public static FactFilter of(List<String> sources, String method, List<String> status, String include) {
		List<String> ids = (sources == null) ? List.of()
				: sources.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
		if (ids.size() > MAX_SOURCES) {
			throw new BadParameterException("source",
					"at most " + MAX_SOURCES + " source parameters are allowed, were " + ids.size());
		}
		String wanted = (method == null || method.isBlank()) ? null : method.strip();
		if (wanted != null && !METHODS.contains(wanted)) {
			throw new BadParameterException("method",
					"method must be one of " + String.join(", ", METHODS) + ", was '" + method + "'");
		}
		return new FactFilter(ids, wanted, statuses(status, include));
	}

	/** The review statuses of {@code status=} and {@code include=}, checked. */
	public static List<String> statuses(List<String> status, String include) {
		List<String> statuses = new ArrayList<>();
		if (status != null) {
			for (String word : status) {
				for (String part : (word == null) ? new String[0] : word.split(",")) {
					String value = part.strip();
					if (value.isEmpty()) {
						continue;
					}
					if (!STATUSES.contains(value)) {
						throw new BadParameterException("status",
								"status must be one of " + String.join(", ", STATUSES) + ", was '" + value + "'");
					}
					if (!statuses.contains(value)) {
						statuses.add(value);
					}
				}
			}
		}
		if (statuses.isEmpty()) {
			statuses.add(ACCEPTED);
		}
		if (include != null && !include.isBlank()) {
			if (!CANDIDATES.equals(include.strip())) {
				throw new BadParameterException("include", "include takes '" + CANDIDATES + "', was '" + include + "'");
			}
			if (!statuses.contains(CANDIDATE)) {
				statuses.add(CANDIDATE);
			}
		}
		return List.copyOf(statuses);
	}

	/** Adds {@code $sources} (empty for any), {@code $method} (null for any) and {@code $statuses}. */
	public Map<String, Object> addTo(Map<String, Object> parameters) {
		parameters.put("sources", sources);
		parameters.put("method", method);
		parameters.put("statuses", statuses);
		return parameters;
	}

}
