package org.jkgraph.facts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EventTypesTests {

	private final EventTypes types = EventTypes.fromClasspath();

	@Test
	void loadsTheVocabularyFromTheClasspath() {
		assertThat(types.size()).isEqualTo(44);
		assertThat(types.byId("summit")).contains(new EventType("summit", "Leaders' summit", "CONSULT", "visit", "043", 1,
				2.8, "Heads of state or government meet, bilaterally or on the sidelines of a larger gathering.",
				java.util.List.of()));
		assertThat(types.byId("pact_termination").orElseThrow().changes()).containsExactly("notify_termination",
				"suspend", "terminate", "dissolve");
	}

	@Test
	void derivesTheQuadClassFromTheCameoRoot() {
		assertThat(types.byId("symbolic_act").orElseThrow().quadClass()).isEqualTo(1); // 017
		assertThat(types.byId("invitation").orElseThrow().quadClass()).isEqualTo(1); // 036
		assertThat(types.byId("cooperation").orElseThrow().quadClass()).isEqualTo(2); // 061
		assertThat(types.byId("compensation_plan").orElseThrow().quadClass()).isEqualTo(2); // 080
		assertThat(types.byId("demand").orElseThrow().quadClass()).isEqualTo(3); // 100
		assertThat(types.byId("military_incident").orElseThrow().quadClass()).isEqualTo(3); // 138
		assertThat(types.byId("protest").orElseThrow().quadClass()).isEqualTo(4); // 140
		assertThat(types.byId("court_ruling").orElseThrow().quadClass()).isEqualTo(4); // 173
	}

	@Test
	void leavesRecordsThatAreNotInteractionsWithoutCodes() {
		EventType poll = types.byId("poll").orElseThrow();

		assertThat(poll.plover()).isNull();
		assertThat(poll.cameo()).isNull();
		assertThat(poll.quadClass()).isNull();
		assertThat(poll.goldstein()).isNull();
	}

	@Test
	void rejectsAVocabularyWithMistakes() {
		FactFile broken = new FactFile("types.yaml", """
				eventTypes:
				  - id: summit
				    label: Summit
				    cameo: "430"
				  - id: summit
				    label: Summit again
				    changes: [explode]
				""");

		assertThatIllegalArgumentException().isThrownBy(() -> EventTypes.load(broken))
			.withMessage("""
					Invalid event types:
					types.yaml:4: eventTypes[0].cameo: '430' is not a CAMEO code
					types.yaml:5: eventTypes[1].id: duplicate event type
					types.yaml:7: eventTypes[1].changes: unknown measure change 'explode'""");
	}

}
