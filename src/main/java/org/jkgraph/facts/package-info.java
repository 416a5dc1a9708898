/**
 * Facts: reads the curated and extracted fact files ({@code seeds/README.md} describes the format) into validated
 * records. {@link org.jkgraph.facts.FactFiles} finds the files, {@link org.jkgraph.facts.FactReader} turns them
 * into a {@link org.jkgraph.facts.FactSet}, {@link org.jkgraph.facts.FactValidator} checks the set as a whole and
 * {@link org.jkgraph.facts.MeasureHistory} derives each measure's status over time. Nothing here touches the
 * database.
 */
package org.jkgraph.facts;
