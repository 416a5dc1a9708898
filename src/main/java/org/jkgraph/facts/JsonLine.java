package org.jkgraph.facts;

import java.util.ArrayList;
import java.util.List;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A fast path for one line of JSON Lines: plain JSON objects, as machines write them, become the same YAML nodes
 * SnakeYAML would compose from the line (same tags, resolved by SnakeYAML's own resolver; every node on the line's
 * first column), an order of magnitude faster. Anything outside that simple subset (escapes, tabs, characters YAML
 * does not allow, odd number forms, trailing text, deep nesting, very long lines) gives {@code null}, and the
 * caller parses the line with SnakeYAML as before, so both paths read every line the same way.
 */
final class JsonLine {

	/** Below SnakeYAML's own limits (nesting 50, 3 MB per document): beyond them its errors must speak. */
	private static final int MAX_DEPTH = 40;

	private static final int MAX_LENGTH = 1 << 20;

	private static final Resolver RESOLVER = new Resolver();

	private static final Mark MARK = new Mark("line", 0, 0, 0, new int[0], 0);

	private final String text;

	private int pos;

	private JsonLine(String text) {
		this.text = text;
	}

	/** The line as SnakeYAML would compose it, or {@code null} when the line needs SnakeYAML itself. */
	static Node parse(String line) {
		if (line.length() > MAX_LENGTH || !simple(line)) {
			return null;
		}
		JsonLine parser = new JsonLine(line);
		try {
			parser.skipSpaces();
			if (parser.peek() != '{') {
				return null;
			}
			Node node = parser.value(0);
			parser.skipSpaces();
			return (node != null && parser.pos == line.length()) ? node : null;
		}
		catch (IndexOutOfBoundsException ex) {
			return null;
		}
	}

	/** No escapes, tabs, byte-order marks or characters outside YAML's printable set. */
	private static boolean simple(String line) {
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c >= 0x20 && c <= 0x7E) {
				if (c == '\\') {
					return false;
				}
				continue;
			}
			if (Character.isHighSurrogate(c) && i + 1 < line.length() && Character.isLowSurrogate(line.charAt(i + 1))) {
				i++;
				continue;
			}
			boolean printable = (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
			if (!printable) {
				return false;
			}
		}
		return true;
	}

	private Node value(int depth) {
		if (depth > MAX_DEPTH) {
			return null;
		}
		skipSpaces();
		char c = peek();
		if (c == '{') {
			return mapping(depth);
		}
		if (c == '[') {
			return sequence(depth);
		}
		if (c == '"') {
			String value = string();
			return (value != null) ? new ScalarNode(Tag.STR, value, MARK, MARK, DumperOptions.ScalarStyle.DOUBLE_QUOTED)
					: null;
		}
		return plain();
	}

	private Node mapping(int depth) {
		pos++;
		List<NodeTuple> tuples = new ArrayList<>();
		skipSpaces();
		if (peek() == '}') {
			pos++;
			return new MappingNode(Tag.MAP, true, tuples, MARK, MARK, DumperOptions.FlowStyle.FLOW);
		}
		while (true) {
			skipSpaces();
			if (peek() != '"') {
				return null;
			}
			String key = string();
			skipSpaces();
			if (key == null || peek() != ':') {
				return null;
			}
			pos++;
			Node value = value(depth + 1);
			if (value == null) {
				return null;
			}
			tuples.add(new NodeTuple(new ScalarNode(Tag.STR, key, MARK, MARK, DumperOptions.ScalarStyle.DOUBLE_QUOTED),
					value));
			skipSpaces();
			char c = text.charAt(pos++);
			if (c == '}') {
				return new MappingNode(Tag.MAP, true, tuples, MARK, MARK, DumperOptions.FlowStyle.FLOW);
			}
			if (c != ',') {
				return null;
			}
		}
	}

	private Node sequence(int depth) {
		pos++;
		List<Node> items = new ArrayList<>();
		skipSpaces();
		if (peek() == ']') {
			pos++;
			return new SequenceNode(Tag.SEQ, true, items, MARK, MARK, DumperOptions.FlowStyle.FLOW);
		}
		while (true) {
			Node item = value(depth + 1);
			if (item == null) {
				return null;
			}
			items.add(item);
			skipSpaces();
			char c = text.charAt(pos++);
			if (c == ']') {
				return new SequenceNode(Tag.SEQ, true, items, MARK, MARK, DumperOptions.FlowStyle.FLOW);
			}
			if (c != ',') {
				return null;
			}
		}
	}

	/** A string without escapes (lines with a backslash never get here). */
	private String string() {
		int end = text.indexOf('"', pos + 1);
		if (end < 0) {
			return null;
		}
		String value = text.substring(pos + 1, end);
		pos = end + 1;
		return value;
	}

	/** A JSON number, {@code true}, {@code false} or {@code null}, tagged by SnakeYAML's resolver. */
	private Node plain() {
		int start = pos;
		while (pos < text.length() && ",]} ".indexOf(text.charAt(pos)) < 0) {
			pos++;
		}
		String token = text.substring(start, pos);
		if (!token.equals("true") && !token.equals("false") && !token.equals("null") && !number(token)) {
			return null;
		}
		return new ScalarNode(RESOLVER.resolve(NodeId.scalar, token, true), token, MARK, MARK,
				DumperOptions.ScalarStyle.PLAIN);
	}

	/** {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}, checked by hand: this runs for every number. */
	private static boolean number(String token) {
		int i = 0;
		int n = token.length();
		if (i < n && token.charAt(i) == '-') {
			i++;
		}
		if (i >= n) {
			return false;
		}
		if (token.charAt(i) == '0') {
			i++;
		}
		else {
			int digits = digits(token, i);
			if (digits == 0) {
				return false;
			}
			i += digits;
		}
		if (i < n && token.charAt(i) == '.') {
			int digits = digits(token, i + 1);
			if (digits == 0) {
				return false;
			}
			i += 1 + digits;
		}
		if (i < n && (token.charAt(i) == 'e' || token.charAt(i) == 'E')) {
			i++;
			if (i < n && (token.charAt(i) == '+' || token.charAt(i) == '-')) {
				i++;
			}
			int digits = digits(token, i);
			if (digits == 0) {
				return false;
			}
			i += digits;
		}
		return i == n;
	}

	private static int digits(String token, int from) {
		int i = from;
		while (i < token.length() && token.charAt(i) >= '0' && token.charAt(i) <= '9') {
			i++;
		}
		return i - from;
	}

	private char peek() {
		return text.charAt(pos);
	}

	private void skipSpaces() {
		while (pos < text.length() && text.charAt(pos) == ' ') {
			pos++;
		}
	}

}
