package org.jkgraph.load;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The nodes and relationships a load writes. */
record GraphRows(List<NodeRow> nodes, List<RelationshipRow> relationships) {

	/** The ids of the relationships each fact owns, for removing the ones a fact no longer declares. */
	Map<String, List<String>> relationshipIdsByOwner() {
		return relationships.stream()
			.collect(Collectors.groupingBy(RelationshipRow::owner, Collectors.mapping(RelationshipRow::id, Collectors.toList())));
	}

}
