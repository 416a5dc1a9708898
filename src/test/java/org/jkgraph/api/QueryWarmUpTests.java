package org.jkgraph.api;

import org.jkgraph.support.IntegrationTest;
import org.jkgraph.system.NamedQueries;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The warm-up at start-up plans every named query with the parameters of its header. */
@IntegrationTest
class QueryWarmUpTests {

	@Autowired
	QueryWarmUp warmUp;

	@Autowired
	NamedQueries queries;

	@Test
	void plansEveryNamedQuery() {
		assertThat(warmUp.warmUp()).isEqualTo(queries.names().size()).isGreaterThan(30);
	}

}
