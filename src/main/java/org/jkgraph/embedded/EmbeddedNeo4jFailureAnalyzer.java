package org.jkgraph.embedded;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed start of the embedded database into Spring Boot's short "APPLICATION FAILED TO START" report. */
class EmbeddedNeo4jFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedNeo4jStartException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedNeo4jStartException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Stop the other process, or point jk-graph elsewhere (see 'Configuration' in README.md).", cause);
	}

}
