package org.jkgraph.facts;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jkgraph.model.MeasureChangeKind;
import org.jkgraph.model.Vocabulary;

import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The controlled vocabulary of event types ({@code seeds/vocabulary/event-types.yaml}). Fact files may only use
 * types listed here. The vocabulary is part of the project, not input, so a mistake in it fails fast with an
 * {@link IllegalArgumentException} naming every problem.
 */
public final class EventTypes implements Vocabulary {

	static final String RESOURCE = "seeds/vocabulary/event-types.yaml";

	/** A CAMEO code: a two-digit root 01-20 and up to two more digits. */
	private static final Pattern CAMEO = Pattern.compile("(0[1-9]|1[0-9]|20)[0-9]{1,2}");

	private static final Pattern WORD = Pattern.compile("[a-z_]+");

	private final Map<String, EventType> types;

	/** What events of each type carry on their node, worked out once: the loader asks for every event. */
	private final Map<String, Map<String, Object>> attributes = new LinkedHashMap<>();

	private EventTypes(List<EventType> types) {
		this.types = new LinkedHashMap<>();
		types.forEach(type -> this.types.put(type.id(), type));
		types.forEach(type -> {
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("plover", type.plover());
			values.put("mode", type.mode());
			values.put("cameo", type.cameo());
			values.put("quadClass", type.quadClass());
			values.put("goldstein", type.goldstein());
			attributes.put(type.id(), java.util.Collections.unmodifiableMap(values));
		});
	}

	/** The vocabulary packaged with the application. */
	public static EventTypes fromClasspath() {
		try {
			return load(new FactFile(RESOURCE,
					new ClassPathResource(RESOURCE).getContentAsString(StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE + " from the classpath", ex);
		}
	}

	public static EventTypes load(FactFile file) {
		List<Problem> problems = new ArrayList<>();
		Node root;
		try {
			root = new Yaml().compose(new StringReader(file.content()));
		}
		catch (YAMLException ex) {
			throw new IllegalArgumentException("Cannot parse the event types in " + file.name() + ": " + ex.getMessage(),
					ex);
		}
		if (!(root instanceof MappingNode mapping)) {
			throw new IllegalArgumentException(file.name() + " must be a mapping with an eventTypes list");
		}
		FieldReader top = FieldReader.of(file.name(), 0, "", mapping, problems);
		top.require("eventTypes");
		List<EventType> types = top.list("eventTypes", EventTypes::eventType);
		top.reportUnknownFields();
		Map<String, Integer> seen = new LinkedHashMap<>();
		for (int i = 0; i < types.size(); i++) {
			if (types.get(i).id() != null && seen.putIfAbsent(types.get(i).id(), i) != null) {
				problems.add(top.origin().problem("eventTypes[" + i + "].id", "duplicate event type"));
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Invalid event types:\n"
					+ String.join("\n", problems.stream().sorted().map(Problem::toString).toList()));
		}
		return new EventTypes(types);
	}

	private static EventType eventType(FieldReader fields) {
		fields.require("id", "label");
		String cameo = fields.string("cameo", CAMEO, "a CAMEO code");
		return new EventType(fields.string("id", WORD, "an event type id"), fields.string("label"),
				fields.string("plover"), fields.string("mode"), cameo, EventType.quadClass(cameo),
				fields.number("goldstein", -10, 10), fields.string("description"),
				fields.strings("changes").stream().filter(change -> isChange(fields, change)).toList());
	}

	private static boolean isChange(FieldReader fields, String change) {
		if (MeasureChangeKind.byId(change).isEmpty()) {
			fields.problem("changes", "unknown measure change '" + change + "'");
			return false;
		}
		return true;
	}

	public Optional<EventType> byId(String id) {
		return Optional.ofNullable(types.get(id));
	}

	@Override
	public boolean contains(String id) {
		return types.containsKey(id);
	}

	public List<EventType> all() {
		return List.copyOf(types.values());
	}

	@Override
	public String name() {
		return "event type";
	}

	@Override
	public List<String> words() {
		return List.copyOf(types.keySet());
	}

	/** What the graph keeps of an event type on its events: PLOVER category and mode, CAMEO code and class, Goldstein. */
	@Override
	public Map<String, Object> attributes(String word) {
		return attributes.getOrDefault(word, Map.of());
	}

	public int size() {
		return types.size();
	}

}
