package org.jkgraph.facts;

import java.util.List;

/**
 * One entry of the event-type vocabulary with its codes in the big event datasets: PLOVER category and mode,
 * CAMEO code, the CAMEO QuadClass derived from it and the Goldstein score. Records that are not interactions (a
 * poll, a leadership change) have no codes. {@code changes} lists the measure changes such events usually make.
 */
public record EventType(String id, String label, String plover, String mode, String cameo, Integer quadClass,
		Double goldstein, String description, List<String> changes) {

	public EventType {
		changes = (changes != null) ? List.copyOf(changes) : List.of();
	}

	/**
	 * The QuadClass of a CAMEO code, from its two-digit root: 01-05 verbal cooperation (1), 06-08 material
	 * cooperation (2), 09-13 verbal conflict (3), 14-20 material conflict (4); {@code null} without a code.
	 */
	static Integer quadClass(String cameo) {
		if (cameo == null) {
			return null;
		}
		int root = Integer.parseInt(cameo.substring(0, 2));
		if (root <= 5) {
			return 1;
		}
		if (root <= 8) {
			return 2;
		}
		if (root <= 13) {
			return 3;
		}
		return 4;
	}

}
