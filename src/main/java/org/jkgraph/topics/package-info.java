/**
 * Topics: what the facts are about, arranged through BROADER. {@link org.jkgraph.topics.TopicController} serves
 * {@code /api/topics}; the Cypher is in {@code cypher/queries/topics/}.
 */
package org.jkgraph.topics;
