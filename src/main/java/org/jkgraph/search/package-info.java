/**
 * Full-text search over the names, aliases, native spellings, titles and summaries of facts (the {@code fact_search}
 * index, analysed for Korean and Japanese), exact names first, then prefixes, then small typos. Entry point:
 * {@link FactSearch}.
 */
package org.jkgraph.search;
