/**
 * Facts: reads the curated and extracted fact files ({@code seeds/README.md} describes the format) as the model
 * (org.jkgraph.model) declares them. {@link org.jkgraph.facts.FactFiles} finds the files,
 * {@link org.jkgraph.facts.FactReader} turns them into a {@link org.jkgraph.facts.FactSet} and
 * {@link org.jkgraph.facts.FactValidator} checks the set as a whole. Nothing here touches the database.
 */
package org.jkgraph.facts;
