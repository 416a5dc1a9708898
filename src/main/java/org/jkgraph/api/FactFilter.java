package org.jkgraph.api;

import java.util.List;
import java.util.Map;

/**
 * Which facts an answer counts, whatever their kind: those citing one of some {@code sources} ("according to these
 * articles") and made by one {@code method}. Every read query applies it in one place (its {@code $sources} and
 * {@code $method} lines), which is where a further rule about which facts count (a review status, say) belongs too.
 */
public record FactFilter(List<String> sources, String method) {

	public static final int MAX_SOURCES = 20;

	public static final List<String> METHODS = List.of("curated", "extracted");

	/** Every fact. */
	public static final FactFilter ALL = new FactFilter(List.of(), null);

	public static FactFilter of(List<String> sources, String method) {
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
		return new FactFilter(ids, wanted);
	}

	/** Adds {@code $sources} (empty for any) and {@code $method} (null for any) to a query's parameters. */
	public Map<String, Object> addTo(Map<String, Object> parameters) {
		parameters.put("sources", sources);
		parameters.put("method", method);
		return parameters;
	}

}
