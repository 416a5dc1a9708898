package org.jkgraph.load.bulk;

/** When {@code load --bulk} imports through Neo4j's offline importer instead of writing transactions. */
public enum BulkMode {

	/** Always ({@code --bulk}): a store that cannot take a bulk import is refused, with the reason. */
	ALWAYS,

	/** When the store can take it ({@code --bulk=auto}): embedded, closed and empty; otherwise the usual load. */
	AUTO

}
