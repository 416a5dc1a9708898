package org.jkgraph.load;

import java.util.List;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** Every node and relationship with its labels or type and all its properties, sorted: "the graph as it was". */
record GraphSnapshot(List<String> nodes, List<String> relationships) {

	static GraphSnapshot of(Driver driver) {
		try (Session session = driver.session()) {
			List<String> nodes = session.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS p")
				.list(r -> r.get("labels").asList().stream().sorted().toList() + " " + new TreeMap<>(r.get("p").asMap()))
				.stream()
				.sorted()
				.toList();
			List<String> relationships = session
				.run("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS p")
				.list(r -> r.get("a").asString(null) + " " + r.get("type").asString() + " " + r.get("b").asString(null) + " "
						+ new TreeMap<>(r.get("p").asMap()))
				.stream()
				.sorted()
				.toList();
			return new GraphSnapshot(nodes, relationships);
		}
	}

}
