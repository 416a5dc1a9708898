package org.jkgraph.model;

import java.util.List;

/** The nodes and relationships facts become, as the loader writes them. */
public record GraphRows(List<NodeRow> nodes, List<RelationshipRow> relationships) {

}
