package org.jkgraph.embedded;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the application should run its own database: {@code spring.neo4j.uri} is not set and embedding
 * is not switched off. Setting the URI is the one switch an operator needs for an external Neo4j.
 */
class OnEmbeddedNeo4jCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment env = context.getEnvironment();
		String uri = env.getProperty("spring.neo4j.uri");
		if (uri != null && !uri.isBlank()) {
			return ConditionOutcome.noMatch("spring.neo4j.uri is set to " + uri);
		}
		if (!env.getProperty("jkgraph.embedded.enabled", Boolean.class, true)) {
			return ConditionOutcome.noMatch("jkgraph.embedded.enabled is false");
		}
		return ConditionOutcome.match("no spring.neo4j.uri configured");
	}

}
