package org.jkgraph.facts;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Parses one line of JSON Lines with Jackson's streaming parser into the same nodes SnakeYAML composes from YAML
 * (strings, integers, floats, booleans and nulls tagged as SnakeYAML tags them), so that one {@link FieldReader}
 * reads both formats and reports every mistake the same way.
 */
final class JsonLines {

	private static final JsonFactory JSON = new JsonFactory();

	/** Every node of a line sits on it; {@link FieldReader} adds the line's number. */
	private static final Mark MARK = new Mark("line", 0, 0, 0, new int[0], 0);

	private JsonLines() {
	}

	/** The line's value; its JSON syntax errors as Jackson reports them. */
	static Node parse(String line) {
		try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), line)) {
			Node node = value(parser, parser.nextToken());
			if (parser.nextToken() != null) {
				throw new TrailingContent(parser.currentLocation().getColumnNr());
			}
			return node;
		}
	}

	/** Text after the line's JSON value. */
	static final class TrailingContent extends RuntimeException {

		TrailingContent(int column) {
			super("more than one JSON value on the line (column " + column + ")");
		}

	}

	/** A syntax error as a problem's message. */
	static String message(JacksonException ex) {
		String message = ex.getOriginalMessage();
		int cut = message.indexOf('\n');
		message = (cut > 0) ? message.substring(0, cut) : message;
		return (ex.getLocation() != null && ex.getLocation().getColumnNr() > 0)
				? message + " (column " + ex.getLocation().getColumnNr() + ")" : message;
	}

	private static Node value(JsonParser parser, JsonToken token) {
		if (token == null) {
			throw new TrailingContent(0);
		}
		return switch (token) {
			case START_OBJECT -> mapping(parser);
			case START_ARRAY -> sequence(parser);
			case VALUE_STRING -> new ScalarNode(Tag.STR, parser.getString(), MARK, MARK, DumperOptions.ScalarStyle.DOUBLE_QUOTED);
			case VALUE_NUMBER_INT -> plain(Tag.INT, parser.getString());
			case VALUE_NUMBER_FLOAT -> plain(Tag.FLOAT, parser.getString());
			case VALUE_TRUE -> plain(Tag.BOOL, "true");
			case VALUE_FALSE -> plain(Tag.BOOL, "false");
			case VALUE_NULL -> plain(Tag.NULL, "null");
			default -> throw new IllegalStateException("Unexpected JSON token " + token);
		};
	}

	private static Node mapping(JsonParser parser) {
		List<NodeTuple> tuples = new ArrayList<>();
		for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
			ScalarNode key = new ScalarNode(Tag.STR, parser.currentName(), MARK, MARK, DumperOptions.ScalarStyle.DOUBLE_QUOTED);
			tuples.add(new NodeTuple(key, value(parser, parser.nextToken())));
		}
		return new MappingNode(Tag.MAP, true, tuples, MARK, MARK, DumperOptions.FlowStyle.FLOW);
	}

	private static Node sequence(JsonParser parser) {
		List<Node> items = new ArrayList<>();
		for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
			items.add(value(parser, token));
		}
		return new SequenceNode(Tag.SEQ, true, items, MARK, MARK, DumperOptions.FlowStyle.FLOW);
	}

	private static ScalarNode plain(Tag tag, String text) {
		return new ScalarNode(tag, text, MARK, MARK, DumperOptions.ScalarStyle.PLAIN);
	}

}
