package org.jkgraph.system;

import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's named queries run once, with the example parameters of their headers, before the service takes its
 * first request: the first users after a start do not pay for parsing, planning and a cold JIT.
 */
@IntegrationTest
class QueryWarmUpTests {

	@Autowired
	QueryWarmUp warmUp;

	@Autowired
	NamedQueries queries;

	@Test
	void ranTheApisQueriesBeforeTheFirstRequest() {
		QueryWarmUp.Outcome atStartUp = warmUp.lastOutcome();
		assertThat(atStartUp).as("the warm-up that ran while the context started").isNotNull();
		assertThat(atStartUp.failed()).isEmpty();
		assertThat(atStartUp.warmed()).isNotEmpty().noneMatch(name -> name.startsWith("start-here/"));
		assertThat(atStartUp.warmed().size() + atStartUp.skipped().size()).isEqualTo(warmUp.apiQueries().size());
	}

	@Test
	void runsEachQueryWithTheParametersOfItsHeader() {
		QueryWarmUp.Outcome again = warmUp.warmUp();
		assertThat(again.failed()).as("queries whose header parameters do not run").isEmpty();
		assertThat(warmUp.apiQueries()).hasSizeGreaterThanOrEqualTo(20)
			.allSatisfy(name -> assertThat(queries.names()).contains(name))
			.startsWith(again.warmed().toArray(String[]::new));
		assertThat(again.warmed().size() + again.skipped().size()).isEqualTo(warmUp.apiQueries().size());
	}

}
