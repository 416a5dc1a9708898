/**
 * The controlled vocabularies, as the API serves them: {@link org.jkgraph.vocabulary.VocabularyController} answers
 * {@code /api/vocabulary/event-types} from {@code seeds/vocabulary/event-types.yaml} (no database involved).
 */
package org.jkgraph.vocabulary;
