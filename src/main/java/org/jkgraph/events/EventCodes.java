package org.jkgraph.events;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.jkgraph.api.BadParameterException;
import org.jkgraph.facts.EventType;
import org.jkgraph.facts.EventTypes;

/**
 * Events chosen by their codes in the event-data standards: PLOVER categories (any of them), a CAMEO code or the
 * start of one ({@code 03} takes every "express intent to cooperate" code), CAMEO QuadClasses (any of them) and a
 * range of Goldstein scores. Events without a code do not match a filter on it. Bounds of single values are Bean
 * Validation constraints of the request records ({@link QuadClass}, {@link Goldstein}, {@link CameoPrefix}); this
 * checks what needs the vocabulary or two values at once.
 */
public record EventCodes(List<String> plovers, String cameo, List<Integer> quadClasses, Double minGoldstein,
		Double maxGoldstein) {

	public static final EventCodes ANY = new EventCodes(List.of(), null, List.of(), null, null);

	public static EventCodes of(List<String> plover, String cameo, List<Integer> quadClass, Double minGoldstein,
			Double maxGoldstein, EventTypes vocabulary) {
		Set<String> categories = new TreeSet<>();
		vocabulary.all().stream().map(EventType::plover).filter(Objects::nonNull).forEach(categories::add);
		List<String> plovers = EventFilter.values(plover).stream().map(p -> p.toUpperCase(Locale.ROOT)).distinct().toList();
		for (String category : plovers) {
			if (!categories.contains(category)) {
				throw new BadParameterException("plover", "plover '" + category + "' is not a PLOVER category of the "
						+ "vocabulary; known are " + String.join(", ", categories));
			}
		}
		if (minGoldstein != null && maxGoldstein != null && minGoldstein > maxGoldstein) {
			throw new BadParameterException("maxGoldstein",
					"maxGoldstein (" + maxGoldstein + ") is below minGoldstein (" + minGoldstein + ")");
		}
		List<Integer> classes = (quadClass == null) ? List.of()
				: quadClass.stream().filter(Objects::nonNull).distinct().sorted().toList();
		return new EventCodes(plovers, EventFilter.blankToNull(cameo), classes, minGoldstein, maxGoldstein);
	}

	/** Adds {@code $plovers}, {@code $cameo}, {@code $quadClasses}, {@code $minGoldstein}, {@code $maxGoldstein}. */
	public Map<String, Object> addTo(Map<String, Object> parameters) {
		parameters.put("plovers", plovers);
		parameters.put("cameo", cameo);
		parameters.put("quadClasses", quadClasses);
		parameters.put("minGoldstein", minGoldstein);
		parameters.put("maxGoldstein", maxGoldstein);
		return parameters;
	}

	/** The descriptions of the parameters, shared by every endpoint that takes them. */
	public static final class Docs {

		public static final String PLOVER = "PLOVER category of the events, e.g. CONSULT, SANCTION, COERCE (see "
				+ "/api/vocabulary/event-types); repeat for several (any of them)";

		public static final String CAMEO = "CAMEO code of the events, or its start: 03 takes every code from 03 to "
				+ "0399 (2 to 4 digits)";

		public static final String QUAD_CLASS = "CAMEO QuadClass: 1 verbal cooperation, 2 material cooperation, "
				+ "3 verbal conflict, 4 material conflict; repeat for several (any of them)";

		public static final String MIN_GOLDSTEIN = "Least Goldstein score, -10 (conflict) to +10 (cooperation)";

		public static final String MAX_GOLDSTEIN = "Greatest Goldstein score, -10 to +10";

		private Docs() {
		}

	}

}
