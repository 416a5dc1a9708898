package org.jkgraph.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the fields of one YAML mapping (a fact, or a participant, office or citation inside one), checking each
 * field's type as it goes and reporting every mistake as a {@link Problem} on the field's line. Getters return
 * {@code null} or an empty collection for absent or invalid fields, so reading always completes; fields nobody
 * read are reported by {@link #reportUnknownFields()}.
 */
final class FieldReader {

	/** Ids are slugs: lower-case letters and digits in words joined by single hyphens. */
	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/** As in schema/facts.schema.json. */
	private static final int MAX_ID_LENGTH = 120;

	private final Origin origin;

	/** Added to the parser's 0-based lines: on JSON Lines the number of lines before the fact's, else 0. */
	private final int lineOffset;

	/** Where this mapping sits relative to the fact: empty for the fact itself, else e.g. {@code participants[1]}. */
	private final String prefix;

	private final Map<String, Node> fields = new LinkedHashMap<>();

	private final Set<String> read = new HashSet<>();

	private final List<Problem> problems;

	private FieldReader(Origin origin, int lineOffset, String prefix, MappingNode mapping, List<Problem> problems) {
		this.origin = origin;
		this.lineOffset = lineOffset;
		this.prefix = prefix;
		this.problems = problems;
		for (NodeTuple tuple : mapping.getValue()) {
			if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
				problemAt(tuple.getKeyNode(), prefix, "field names must be plain text");
			}
			else if (fields.putIfAbsent(key.getValue(), tuple.getValueNode()) != null) {
				// Not problem(): that would point at the first occurrence, whose line the origin holds.
				problemAt(key, join(prefix, key.getValue()), "field given more than once");
			}
		}
	}

	/**
	 * A reader for the mapping of one fact (or of a whole file) at {@code path}; {@code lineOffset} is added to the
	 * parser's lines, for JSON Lines where each line is parsed on its own.
	 */
	static FieldReader of(String file, int lineOffset, String path, MappingNode mapping, List<Problem> problems) {
		Map<String, Integer> lines = new HashMap<>();
		collectLines(mapping, "", lineOffset, lines, Collections.newSetFromMap(new IdentityHashMap<>()));
		return new FieldReader(new Origin(file, lines.get(""), path, lines), lineOffset, "", mapping, problems);
	}

	/** Records the line of every field and list item below {@code node}, by its path relative to the fact. */
	private static void collectLines(Node node, String path, int lineOffset, Map<String, Integer> lines,
			Set<Node> seen) {
		lines.putIfAbsent(path, lineOffset + node.getStartMark().getLine() + 1);
		// An anchor may make a node its own descendant; walking it once is enough.
		if (!seen.add(node)) {
			return;
		}
		if (node instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				if (tuple.getKeyNode() instanceof ScalarNode key) {
					String field = join(path, key.getValue());
					// The key's line, not the value's: a block list starts on the line after its key.
					lines.putIfAbsent(field, lineOffset + key.getStartMark().getLine() + 1);
					collectLines(tuple.getValueNode(), field, lineOffset, lines, seen);
				}
			}
		}
		else if (node instanceof SequenceNode sequence) {
			List<Node> items = sequence.getValue();
			for (int i = 0; i < items.size(); i++) {
				collectLines(items.get(i), path + "[" + i + "]", lineOffset, lines, seen);
			}
		}
	}

	private static String join(String path, String field) {
		return path.isEmpty() ? field : path + "." + field;
	}

	Origin origin() {
		return origin;
	}

	private void problemAt(Node node, String field, String message) {
		problems.add(new Problem(origin.file(), lineOffset + node.getStartMark().getLine() + 1, origin.pathOf(field),
				message));
	}

	void problem(String key, String message) {
		problems.add(origin.problem(join(prefix, key), message));
	}

	/** Reports each of {@code keys} that is absent, {@code null}, empty text or an empty list. */
	void require(String... keys) {
		for (String key : keys) {
			Node node = present(key);
			if (node == null) {
				problem(key, "missing required field");
			}
			else if ((node instanceof ScalarNode scalar && scalar.getValue().isBlank())
					|| (node instanceof SequenceNode sequence && sequence.getValue().isEmpty())) {
				problem(key, "must not be empty");
			}
		}
	}

	void reportUnknownFields() {
		fields.keySet().stream().filter(key -> !read.contains(key)).forEach(key -> problem(key, "unknown field"));
	}

	/** Any scalar as text (a number or date written unquoted included). */
	String string(String key) {
		Node node = take(key);
		if (node == null) {
			return null;
		}
		if (node instanceof ScalarNode scalar) {
			return scalar.getValue();
		}
		problem(key, "expected text, found " + describe(node));
		return null;
	}

	/** Text that must match {@code form}, described as {@code what} in the problem. */
	String string(String key, Pattern form, String what) {
		String value = string(key);
		if (value != null && !form.matcher(value).matches()) {
			problem(key, "'" + value + "' is not " + what);
			return null;
		}
		return value;
	}

	/** One of a closed set of words: a kind, role, change or rank. */
	String oneOf(String key, Set<String> allowed) {
		String value = string(key);
		if (value != null && !allowed.contains(value)) {
			problem(key, "unknown " + key + " '" + value + "' (expected one of " + String.join(", ", sorted(allowed))
					+ ")");
			return null;
		}
		return value;
	}

	String id() {
		return ref("id");
	}

	/** An id of another fact. */
	String ref(String key) {
		String value = string(key);
		return (value != null && isValidId(key, value)) ? value : null;
	}

	List<String> refs(String key) {
		List<String> ids = new ArrayList<>();
		List<Node> items = sequence(key);
		for (int i = 0; i < items.size(); i++) {
			String item = key + "[" + i + "]";
			if (items.get(i) instanceof ScalarNode scalar && !isNull(scalar)) {
				if (isValidId(item, scalar.getValue())) {
					ids.add(scalar.getValue());
				}
			}
			else {
				problem(item, "expected an id, found " + describe(items.get(i)));
			}
		}
		return ids;
	}

	private boolean isValidId(String field, String value) {
		if (!SLUG.matcher(value).matches() || value.length() > MAX_ID_LENGTH) {
			problem(field, "'" + value + "' is not a valid id (lower-case letters and digits joined by single"
					+ " hyphens, at most " + MAX_ID_LENGTH + " characters)");
			return false;
		}
		return true;
	}

	List<String> strings(String key) {
		List<String> values = new ArrayList<>();
		List<Node> items = sequence(key);
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i) instanceof ScalarNode scalar && !isNull(scalar)) {
				values.add(scalar.getValue());
			}
			else {
				problem(key + "[" + i + "]", "expected text, found " + describe(items.get(i)));
			}
		}
		return values;
	}

	/** A mapping of text by key, such as native names by language code; keys must match {@code keyForm}. */
	Map<String, String> stringMap(String key, Pattern keyForm, String keyWhat) {
		Node node = take(key);
		if (node == null) {
			return Map.of();
		}
		if (!(node instanceof MappingNode mapping)) {
			problem(key, "expected a mapping, found " + describe(node));
			return Map.of();
		}
		FieldReader entries = new FieldReader(origin, lineOffset, join(prefix, key), mapping, problems);
		Map<String, String> values = new LinkedHashMap<>();
		for (String entry : entries.fields.keySet()) {
			if (!keyForm.matcher(entry).matches()) {
				entries.take(entry);
				entries.problem(entry, "'" + entry + "' is not " + keyWhat);
			}
			else {
				String value = entries.string(entry);
				if (value != null) {
					values.put(entry, value);
				}
			}
		}
		return values;
	}

	FactDate date(String key) {
		String value = string(key);
		if (value == null) {
			return null;
		}
		try {
			return FactDate.parse(value);
		}
		catch (IllegalArgumentException ex) {
			problem(key, ex.getMessage());
			return null;
		}
	}

	Double number(String key) {
		return number(key, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
	}

	Double number(String key, double min, double max) {
		Node node = take(key);
		if (node == null) {
			return null;
		}
		Double value = null;
		if (node instanceof ScalarNode scalar && (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT))) {
			try {
				value = Double.valueOf(scalar.getValue().replace("_", ""));
			}
			catch (NumberFormatException ex) {
				// reported below like any other non-number
			}
		}
		if (value == null || value.isNaN()) {
			problem(key, "expected a number, found " + describe(node));
			return null;
		}
		if (value < min || value > max) {
			problem(key, format(value) + " is outside " + format(min) + ".." + format(max));
			return null;
		}
		return value;
	}

	/** A whole number of at least 0, such as a character offset. */
	Integer count(String key) {
		Double value = number(key, 0, Integer.MAX_VALUE);
		if (value != null && value != Math.rint(value)) {
			problem(key, "expected a whole number, found " + format(value));
			return null;
		}
		return (value != null) ? value.intValue() : null;
	}

	/** A list of mappings, each read by {@code item}. */
	<T> List<T> list(String key, Function<FieldReader, T> item) {
		List<T> values = new ArrayList<>();
		List<Node> items = sequence(key);
		for (int i = 0; i < items.size(); i++) {
			T value = nested(key + "[" + i + "]", items.get(i), item);
			if (value != null) {
				values.add(value);
			}
		}
		return values;
	}

	/**
	 * Hands each mapping of a list to {@code action} with its index, for items that get a reader of their own (the
	 * facts of a file); other items are reported.
	 */
	void forEachMapping(String key, ObjIntConsumer<MappingNode> action) {
		List<Node> items = sequence(key);
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i) instanceof MappingNode mapping) {
				action.accept(mapping, i);
			}
			else {
				problem(key + "[" + i + "]", "expected a mapping, found " + describe(items.get(i)));
			}
		}
	}

	/** One mapping, read by {@code reader}. */
	<T> T object(String key, Function<FieldReader, T> reader) {
		Node node = take(key);
		return (node != null) ? nested(key, node, reader) : null;
	}

	private <T> T nested(String key, Node node, Function<FieldReader, T> reader) {
		if (!(node instanceof MappingNode mapping)) {
			problem(key, "expected a mapping, found " + describe(node));
			return null;
		}
		FieldReader fields = new FieldReader(origin, lineOffset, join(prefix, key), mapping, problems);
		T value = reader.apply(fields);
		fields.reportUnknownFields();
		return value;
	}

	/**
	 * The value as plain Java: text (dates included, as written), {@link Long}, {@link Double}, {@link Boolean},
	 * lists and maps of those; {@code null} when absent.
	 */
	Object value(String key) {
		Node node = take(key);
		return (node != null) ? plain(node) : null;
	}

	private static Object plain(Node node) {
		if (node instanceof MappingNode mapping) {
			Map<String, Object> values = new LinkedHashMap<>();
			for (NodeTuple tuple : mapping.getValue()) {
				values.put(String.valueOf(plain(tuple.getKeyNode())), plain(tuple.getValueNode()));
			}
			return values;
		}
		if (node instanceof SequenceNode sequence) {
			return sequence.getValue().stream().map(FieldReader::plain).toList();
		}
		ScalarNode scalar = (ScalarNode) node;
		Tag tag = scalar.getTag();
		String text = scalar.getValue();
		if (tag.equals(Tag.NULL)) {
			return null;
		}
		if (tag.equals(Tag.BOOL)) {
			return List.of("true", "yes", "on").contains(text.toLowerCase(Locale.ROOT));
		}
		try {
			if (tag.equals(Tag.INT)) {
				return Long.valueOf(text.replace("_", ""));
			}
			if (tag.equals(Tag.FLOAT)) {
				return Double.valueOf(text.replace("_", ""));
			}
		}
		catch (NumberFormatException ex) {
			// YAML 1.1 forms Java does not read (0x1F, 1:30, .inf): keep the text
		}
		return text;
	}

	/** The items of a list; anything else is reported and reads as an empty list. */
	private List<Node> sequence(String key) {
		Node node = take(key);
		if (node == null) {
			return List.of();
		}
		if (node instanceof SequenceNode sequence) {
			return sequence.getValue();
		}
		problem(key, "expected a list, found " + describe(node));
		return List.of();
	}

	/** The field's value, marked as read; {@code null} when absent or written as null. */
	private Node take(String key) {
		read.add(key);
		return present(key);
	}

	private Node present(String key) {
		Node node = fields.get(key);
		return (node instanceof ScalarNode scalar && isNull(scalar)) ? null : node;
	}

	private static boolean isNull(ScalarNode scalar) {
		return scalar.getTag().equals(Tag.NULL);
	}

	private static String describe(Node node) {
		if (node instanceof MappingNode) {
			return "a mapping";
		}
		if (node instanceof SequenceNode) {
			return "a list";
		}
		return "'" + ((ScalarNode) node).getValue() + "'";
	}

	private static List<String> sorted(Set<String> words) {
		return words.stream().sorted().toList();
	}

	private static String format(double number) {
		return (number == Math.rint(number) && !Double.isInfinite(number)) ? String.valueOf((long) number)
				: String.valueOf(number);
	}

}
