package org.jkgraph.system;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jkgraph.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The API's named queries run once, with the example parameters of their headers: those of the explorer's first
 * page before the service says it is ready, every other one in the background after that, so the first users
 * after a start do not pay for parsing, planning and a cold JIT and the start does not wait for queries nobody
 * asked for yet.
 */
@IntegrationTest
class QueryWarmUpTests {

	@Autowired
	QueryWarmUp warmUp;

	@Autowired
	NamedQueries queries;

	@Autowired
	ApplicationAvailability availability;

	@Autowired
	Driver driver;

	@Test
	void warmedTheFirstPagesQueriesBeforeReadinessAndNothingElse() {
		QueryWarmUp.Outcome beforeReady = warmUp.beforeReady();
		assertThat(beforeReady).as("the warm-up that ran while the context started").isNotNull();
		assertThat(beforeReady.failed()).isEmpty();
		assertThat(warmUp.first()).contains("events/list", "measures/in_force_on", "series/cooperation");
		assertThat(beforeReady.warmed()).containsExactlyElementsOf(warmUp.first());
	}

	@Test
	void warmsEveryOtherApiQueryInTheBackgroundOnceTheServiceIsReady() throws Exception {
		assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
		QueryWarmUp.Outcome background = warmUp.background().get(2, TimeUnit.MINUTES);
		assertThat(background.failed()).isEmpty();
		List<String> rest = warmUp.apiQueries().stream().filter(name -> !warmUp.first().contains(name)).toList();
		assertThat(rest).hasSizeGreaterThanOrEqualTo(20).noneMatch(name -> name.startsWith("start-here/"));
		assertThat(background.warmed()).doesNotContainAnyElementsOf(warmUp.first());
		assertThat(background.warmed().size() + background.skipped().size()).isEqualTo(rest.size());
	}

	@Test
	void runsEachQueryWithTheParametersOfItsHeader() {
		QueryWarmUp.Outcome again = warmUp.warmUp(warmUp.apiQueries(), 2);
		assertThat(again.failed()).as("queries whose header parameters do not run").isEmpty();
		assertThat(warmUp.apiQueries()).allSatisfy(name -> assertThat(queries.names()).contains(name))
			.startsWith(again.warmed().toArray(String[]::new));
		assertThat(again.warmed().size() + again.skipped().size()).isEqualTo(warmUp.apiQueries().size());
	}

	@Test
	void waitsForTheSeedsBeforeWarmingUpANewStore() {
		// The tests' store is new: plans made on it before the seeds' load would be made again after it.
		assertThat(warmUp.startedEarly()).isFalse();
		assertThat(warmUp.beforeReady().warmed()).containsExactlyElementsOf(warmUp.first());
	}

	@Test
	void warmsUpBesideTheRestOfTheStartOnAStoreThatHoldsFacts() {
		QueryWarmUp restart = new QueryWarmUp(driver, queries, true, warmUp.first());
		restart.afterSingletonsInstantiated();
		assertThat(restart.startedEarly()).as("a store with the seeds in it, as on a restart").isTrue();
		restart.run(null);
		assertThat(restart.beforeReady().failed()).isEmpty();
		assertThat(restart.beforeReady().warmed()).containsExactlyElementsOf(warmUp.first());
	}

	@Test
	void skipsWhatIsLeftOnceTheServiceShutsDown() {
		QueryWarmUp stopping = new QueryWarmUp(driver, queries, true, List.of());
		stopping.destroy();
		QueryWarmUp.Outcome outcome = stopping.warmUp(stopping.apiQueries(), 2);
		assertThat(outcome.warmed()).isEmpty();
		assertThat(outcome.failed()).isEmpty();
		assertThat(outcome.skipped()).containsExactlyElementsOf(stopping.apiQueries());
	}

	@Test
	void refusesToStartWhenTheFirstQueriesNameOneThatDoesNotExist() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new QueryWarmUp(null, queries, true, List.of("events/list", "events/lsit")))
			.withMessageContaining("[events/lsit]");
	}

}
