/**
 * Full-text search over the names, aliases, titles and summaries of facts (the {@code fact_text} index), tolerant
 * of small typos. Entry point: {@link FactSearch}.
 */
package org.jkgraph.search;
