/**
 * Extractor: turns plain news text into candidate facts in the loader's format. {@link org.jkgraph.extract.Extractor}
 * is the entry point: it splits sentences ({@code SentenceSplitter}), finds actors with a gazetteer built from the
 * curated actors ({@code Gazetteer}), triggers from the data-driven lexicon in {@code seeds/lexicon/}
 * ({@code TriggerLexicon}), reads modality ({@code ModalityReader}), assigns roles ({@code RoleAssigner}), dates events
 * ({@code TemporalNormaliser}), merges mentions of one event ({@code EventMerger}) and writes facts
 * ({@code FactWriter}). {@code Evaluation} scores extracted events against a gold file. The {@code extract} and
 * {@code evaluate} commands and {@code POST /api/extract} use it; nothing here writes to the graph except
 * {@code extract --load}, through the loader.
 */
package org.jkgraph.extract;
