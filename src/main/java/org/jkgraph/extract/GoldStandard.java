package org.jkgraph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.jkgraph.facts.EventTypes;
import org.jkgraph.facts.FactDate;
import org.jkgraph.model.MeasureChangeKind;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A gold file (seeds/gold/*.yaml, seeds/gold/corpus-dev/*.yaml): the events a part of a corpus reports, in the fact
 * format plus what the extractor cannot know from the seeds — participants seeds lacks ({@code {name, kind, title,
 * country, role}}) and measures it lacks ({@code measure: {name: …}}). Read here rather than by the fact reader,
 * which rightly refuses both. Every problem is reported with the file and the entry.
 */
record GoldStandard(Path file, List<GoldEvent> events) {

	/** A participant: a curated actor ({@code actor}) or one seeds lacks ({@code name} and what the page says). */
	record GoldParticipant(String actor, String name, String kind, String title, String country, String role) {

		boolean known() {
			return actor != null;
		}

	}

	/** A change to a curated measure ({@code measure}) or to one seeds lacks ({@code measureName}). */
	record GoldChange(String measure, String measureName, String change, FactDate effective) {

		boolean known() {
			return measure != null;
		}

	}

	record GoldEvent(String id, String type, FactDate date, String title, List<GoldParticipant> participants,
			List<GoldChange> measures, List<String> sources) {
	}

	/**
	 * @param knownActor whether an actor id exists in the seeds (an unknown one is a mistake in the gold)
	 * @param knownMeasure the same for measure ids
	 */
	static GoldStandard read(Path file, EventTypes types, Predicate<String> knownActor, Predicate<String> knownMeasure) {
		Object root;
		try {
			root = new Yaml().load(Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the gold file " + file, ex);
		}
		catch (YAMLException ex) {
			throw new IllegalArgumentException(file + ": not YAML: " + ex.getMessage(), ex);
		}
		List<String> problems = new ArrayList<>();
		List<GoldEvent> events = new ArrayList<>();
		List<?> items = (root instanceof Map<?, ?> map && map.get("events") instanceof List<?> list) ? list : List.of();
		int n = 0;
		for (Object item : items) {
			n++;
			Map<String, Object> fields = LexiconFiles.map(item);
			String where = file + ": event " + n + " (" + fields.getOrDefault("id", "no id") + ")";
			String type = string(fields.get("type"));
			if (type == null || !types.contains(type)) {
				problems.add(where + ": type: '" + type + "' is not an event type");
			}
			FactDate date = date(fields.get("date"), where + ": date", problems);
			List<GoldParticipant> participants = new ArrayList<>();
			for (Object p : list(fields.get("participants"))) {
				Map<String, Object> m = LexiconFiles.map(p);
				String actor = string(m.get("actor"));
				if (actor != null && !knownActor.test(actor)) {
					problems.add(where + ": participants: unknown actor '" + actor + "' (write {name: …} for one seeds lacks)");
				}
				if (actor == null && string(m.get("name")) == null) {
					problems.add(where + ": participants: each needs an actor or a name");
				}
				participants.add(new GoldParticipant(actor, string(m.get("name")), string(m.get("kind")),
						string(m.get("title")), string(m.get("country")), string(m.get("role"))));
			}
			if (participants.isEmpty()) {
				problems.add(where + ": participants: none");
			}
			List<GoldChange> changes = new ArrayList<>();
			for (Object c : list(fields.get("measures"))) {
				Map<String, Object> m = LexiconFiles.map(c);
				String measure = (m.get("measure") instanceof String s) ? s : null;
				String name = (m.get("measure") instanceof Map<?, ?> named) ? string(named.get("name")) : string(m.get("name"));
				if (measure != null && !knownMeasure.test(measure)) {
					problems.add(where + ": measures: unknown measure '" + measure + "' (write {name: …} for one seeds lacks)");
				}
				String change = string(m.get("change"));
				if (change == null || MeasureChangeKind.byId(change).isEmpty()) {
					problems.add(where + ": measures: '" + change + "' is not a change kind");
				}
				FactDate effective = (m.get("effective") != null) ? date(m.get("effective"), where + ": effective", problems) : null;
				changes.add(new GoldChange(measure, name, change, effective));
			}
			List<String> sources = list(fields.get("sources")).stream()
				.map(s -> (s instanceof Map<?, ?> m) ? string(m.get("source")) : string(s))
				.filter(s -> s != null)
				.toList();
			events.add(new GoldEvent(string(fields.get("id")), type, date, string(fields.get("title")),
					List.copyOf(participants), List.copyOf(changes), sources));
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("The gold file has problems:\n" + String.join("\n", problems));
		}
		return new GoldStandard(file, List.copyOf(events));
	}

	/** The gold file of a part, if it exists: {@code Optional.empty()} when that part has not been annotated. */
	static Optional<Path> ifPresent(Path file) {
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

	private static List<?> list(Object value) {
		return (value instanceof List<?> list) ? list : List.of();
	}

	private static String string(Object value) {
		if (value instanceof java.util.Date day) {
			// an unquoted YAML date ("date: 2019-07-24") arrives as a timestamp at midnight UTC
			return day.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
		}
		return (value == null) ? null : String.valueOf(value);
	}

	private static FactDate date(Object value, String where, List<String> problems) {
		try {
			return FactDate.parse(string(value));
		}
		catch (IllegalArgumentException ex) {
			problems.add(where + ": " + ex.getMessage());
			return null;
		}
	}

}
