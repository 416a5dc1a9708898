package org.jkgraph.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/**
 * A piece of the graph in the shape Cytoscape.js, vis-network and D3 take directly:
 * {@code {nodes:[{id,labels,properties}], edges:[{id,source,target,type,properties}]}}. Ids are the facts' stable
 * ids, not database-internal ones.
 */
public record GraphView(List<GraphNode> nodes, List<GraphEdge> edges) {

	public record GraphNode(String id, List<String> labels, Map<String, Object> properties) {
	}

	public record GraphEdge(String id, String source, String target, String type, Map<String, Object> properties) {
	}

	/** Collects nodes and relationships from query results, each once, in the order first seen. */
	public static final class Builder {

		private final Map<String, GraphNode> nodes = new LinkedHashMap<>();

		private final Map<String, GraphEdge> edges = new LinkedHashMap<>();

		private final Map<String, String> idsByElementId = new LinkedHashMap<>();

		private final List<Relationship> pending = new ArrayList<>();

		/** Adds whatever a query returned: nodes, relationships, paths, or lists of them. */
		public Builder add(Value value) {
			add(value.asObject());
			return this;
		}

		private void add(Object value) {
			switch (value) {
				case Node node -> node(node);
				case Relationship relationship -> pending.add(relationship);
				case Path path -> path(path);
				case List<?> list -> list.forEach(this::add);
				case null, default -> {
				}
			}
		}

		private Builder node(Node node) {
			String id = node.get("id").asString(node.elementId());
			idsByElementId.put(node.elementId(), id);
			List<String> labels = new ArrayList<>();
			node.labels().forEach(labels::add);
			nodes.putIfAbsent(id, new GraphNode(id, labels, visible(node.asMap())));
			return this;
		}

		/** Edges whose end nodes are not in the view are left out. */
		private void relationship(Relationship relationship) {
			String source = idsByElementId.get(relationship.startNodeElementId());
			String target = idsByElementId.get(relationship.endNodeElementId());
			if (source == null || target == null) {
				return;
			}
			String id = relationship.get("id").asString(relationship.elementId());
			edges.putIfAbsent(id, new GraphEdge(id, source, target, relationship.type(), visible(relationship.asMap())));
		}

		private Builder path(Path path) {
			path.nodes().forEach(this::node);
			path.relationships().forEach(pending::add);
			return this;
		}

		public GraphView build() {
			pending.forEach(this::relationship);
			pending.clear();
			return new GraphView(List.copyOf(nodes.values()), List.copyOf(edges.values()));
		}

		/** Internal bookkeeping (content hashes, search text) is not part of the answer. */
		private static Map<String, Object> visible(Map<String, Object> properties) {
			Map<String, Object> visible = new LinkedHashMap<>(properties);
			visible.remove("hash");
			visible.remove("aliasText");
			return visible;
		}

	}

}
