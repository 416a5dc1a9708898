package org.jkgraph.api;

import java.lang.reflect.Array;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalNode;
import org.neo4j.driver.internal.InternalPath;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.driver.internal.InternalRelationship;
import org.neo4j.driver.internal.value.MapValue;
import org.neo4j.driver.types.Entity;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.spatial.Point;

/**
 * The rows of the embedded database as the Driver's records, so that every mapper of {@link GraphReader} reads an
 * answer the same way whether it came over Bolt or from this JVM: the values Bolt would have sent (lists for property
 * arrays, the Driver's nodes, relationships and paths with their element ids). Entities are read whole here, inside
 * the transaction, as Bolt reads them before sending.
 * <p>
 * The Driver has no public factory for records and graph values, so its own value classes are used; a test
 * ({@code ReadPathsTests}) compares both read paths on every query of the API.
 */
final class DriverRecords {

	private DriverRecords() {
	}

	static org.neo4j.driver.Record record(List<String> columns, Map<String, Object> row) {
		List<Value> values = new ArrayList<>(columns.size());
		for (String column : columns) {
			values.add(value(row.get(column)));
		}
		return new InternalRecord(columns, values);
	}

	static Value value(Object value) {
		return switch (value) {
			case null -> Values.NULL;
			case String text -> Values.value(text);
			case Long number -> Values.value(number.longValue());
			case Double number -> Values.value(number.doubleValue());
			case Boolean flag -> Values.value(flag.booleanValue());
			case Node node -> new InternalNode(node.getId(), node.getElementId(), labels(node), properties(node)).asValue();
			case Relationship relationship -> relationship(relationship).asValue();
			case Path path -> path(path).asValue();
			case List<?> list -> list(list);
			case Map<?, ?> map -> map(map);
			case byte[] bytes -> Values.value(bytes);
			case Temporal temporal -> Values.value((Object) temporal);
			case TemporalAmount duration -> Values.isoDuration(duration.get(ChronoUnit.MONTHS), duration.get(ChronoUnit.DAYS),
					duration.get(ChronoUnit.SECONDS), (int) duration.get(ChronoUnit.NANOS));
			case Point point -> point(point);
			case Number number -> Values.value((Object) number);
			default -> value.getClass().isArray() ? array(value) : Values.value(value);
		};
	}

	private static Value list(List<?> list) {
		Value[] values = new Value[list.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = value(list.get(i));
		}
		return Values.value(values);
	}

	private static Value map(Map<?, ?> map) {
		Map<String, Value> values = new HashMap<>(Math.max(4, map.size() * 2));
		map.forEach((key, item) -> values.put((String) key, value(item)));
		return new MapValue(values);
	}

	/** Property arrays (strings, numbers, booleans) arrive as lists over Bolt. */
	private static Value array(Object array) {
		int length = Array.getLength(array);
		Value[] values = new Value[length];
		for (int i = 0; i < length; i++) {
			values[i] = value(Array.get(array, i));
		}
		return Values.value(values);
	}

	private static Value point(Point point) {
		double[] coordinates = point.getCoordinate().getCoordinate();
		int srid = point.getCRS().getCode();
		return (coordinates.length == 3) ? Values.point(srid, coordinates[0], coordinates[1], coordinates[2])
				: Values.point(srid, coordinates[0], coordinates[1]);
	}

	private static List<String> labels(Node node) {
		List<String> labels = new ArrayList<>();
		node.getLabels().forEach(label -> labels.add(label.name()));
		return labels;
	}

	private static Map<String, Value> properties(org.neo4j.graphdb.Entity entity) {
		Map<String, Object> properties = entity.getAllProperties();
		Map<String, Value> values = new HashMap<>(Math.max(4, properties.size() * 2));
		properties.forEach((key, item) -> values.put(key, value(item)));
		return values;
	}

	private static InternalRelationship relationship(Relationship relationship) {
		Node start = relationship.getStartNode();
		Node end = relationship.getEndNode();
		return new InternalRelationship(relationship.getId(), relationship.getElementId(), start.getId(),
				start.getElementId(), end.getId(), end.getElementId(), relationship.getType().name(),
				properties(relationship));
	}

	private static InternalPath path(Path path) {
		List<Entity> entities = new ArrayList<>();
		for (org.neo4j.graphdb.Entity entity : path) {
			entities.add((entity instanceof Node node)
					? new InternalNode(node.getId(), node.getElementId(), labels(node), properties(node))
					: relationship((Relationship) entity));
		}
		return new InternalPath(entities);
	}

}
