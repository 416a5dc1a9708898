/**
 * Curation: checks and figures over the curated fact files that the loader's validation does not cover. The
 * {@link org.jkgraph.curation.SourcingCheck} finds facts a reader could not trace to a source (no source, a web
 * source without address, publisher or date, a date its sources contradict); the
 * {@link org.jkgraph.curation.OfficeCoverage} finds days on which an office had no holder or two; the
 * {@link org.jkgraph.curation.FactStatistics} count facts per year and kind for the {@code stats} command.
 */
package org.jkgraph.curation;
