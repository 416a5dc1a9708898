/**
 * The graph model: every kind of fact declared once ({@link org.jkgraph.model.FactKinds}), with its fields, the
 * node properties and relationships they become, and everything derived from that declaration: the rows the loader
 * writes ({@link org.jkgraph.model.GraphMapping}), the facts the export reads back
 * ({@link org.jkgraph.model.GraphReadBack}), the JSON Schema of fact files ({@link org.jkgraph.model.FactSchema})
 * and the format table of {@code seeds/README.md} ({@link org.jkgraph.model.FormatTable}). A new field or
 * relationship goes into {@code FactKinds}; nothing else needs an edit. Depends on nothing else of jk-graph.
 */
package org.jkgraph.model;
