package org.jkgraph.facts;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MeasureHistoryTests {

	private static final Map<String, MeasureHistory> SEEDS = MeasureHistory
		.all(FactReader.read(FactFiles.under(Path.of("seeds"))).facts());

	@Test
	void ordersChangesByTheDayTheyTakeEffect() {
		MeasureHistory tariff = MeasureHistory.all(Fixtures.read("world").facts()).get("widget-tariff");

		// The month-precision dates take effect on their first day: "2020-03" and the event date "2021-06".
		assertThat(tariff.changes()).extracting(StatusChange::effective, StatusChange::change, StatusChange::status)
			.containsExactly(tuple(LocalDate.of(2020, 2, 10), "announce", "announced"),
					tuple(LocalDate.of(2020, 3, 1), "impose", "in_force"),
					tuple(LocalDate.of(2021, 6, 1), "lift", "ended"));
		assertThat(tariff.changes().get(1).eventId()).isEqualTo("2020-02-10-northland-announces-widget-tariff");
		assertThat(tariff.changes().get(1).eventDate()).isEqualTo(FactDate.parse("2020-02-10"));
		assertThat(tariff.validFrom()).isEqualTo(LocalDate.of(2020, 3, 1));
		assertThat(tariff.validTo()).isEqualTo(LocalDate.of(2021, 6, 1));
	}

	@Test
	void knowsNoStatusBeforeTheFirstChange() {
		MeasureHistory tariff = MeasureHistory.all(Fixtures.read("world").facts()).get("widget-tariff");

		assertThat(tariff.status(LocalDate.of(2020, 2, 9))).isEmpty();
		assertThat(tariff.inForce(LocalDate.of(2020, 2, 9))).isFalse();
		assertThat(tariff.status(LocalDate.of(2020, 2, 10))).contains("announced");
		assertThat(tariff.inForce(LocalDate.of(2020, 2, 29))).isFalse();
		assertThat(tariff.inForce(LocalDate.of(2020, 3, 1))).isTrue();
		assertThat(tariff.inForce(LocalDate.of(2021, 6, 1))).isFalse();
	}

	@Test
	void reportsJapansExportControlsInForceUntilTheirLiftTookEffect() {
		MeasureHistory controls = SEEDS.get("japan-export-controls-2019");

		assertThat(controls.validFrom()).isEqualTo(LocalDate.of(2019, 7, 4));
		assertThat(controls.validTo()).isEqualTo(LocalDate.of(2023, 3, 23));
		assertThat(controls.status(LocalDate.of(2019, 7, 2))).contains("announced");
		assertThat(controls.inForce(LocalDate.of(2021, 6, 1))).isTrue();
		assertThat(controls.inForce(LocalDate.of(2023, 3, 22))).isTrue();
		assertThat(controls.inForce(LocalDate.of(2023, 3, 23))).isFalse();
		assertThat(controls.inForce(LocalDate.of(2023, 6, 1))).isFalse();
	}

	@Test
	void followsTheWtoComplaintThroughItsPauseAndWithdrawal() {
		MeasureHistory complaint = SEEDS.get("korea-wto-complaint-ds590");

		assertThat(complaint.inForce(LocalDate.of(2019, 10, 1))).isTrue();
		assertThat(complaint.status(LocalDate.of(2020, 1, 15))).contains("suspended");
		assertThat(complaint.inForce(LocalDate.of(2020, 1, 15))).isFalse();
		// Revived in June 2020, a date known to the month: in force from its first day.
		assertThat(complaint.inForce(LocalDate.of(2020, 6, 1))).isTrue();
		assertThat(complaint.inForce(LocalDate.of(2021, 6, 1))).isTrue();
		assertThat(complaint.inForce(LocalDate.of(2023, 6, 1))).isFalse();
		assertThat(complaint.validFrom()).isEqualTo(LocalDate.of(2019, 9, 11));
		assertThat(complaint.validTo()).isEqualTo(LocalDate.of(2023, 3, 23));
	}

	@Test
	void keepsGsomiaInForceThroughTheTerminationNoticeAndItsSuspension() {
		MeasureHistory gsomia = SEEDS.get("gsomia");

		assertThat(gsomia.changes()).extracting(StatusChange::effective, StatusChange::status)
			.containsExactly(tuple(LocalDate.of(2016, 11, 23), "in_force"),
					tuple(LocalDate.of(2019, 8, 23), "terminating"), tuple(LocalDate.of(2019, 11, 22), "in_force"),
					tuple(LocalDate.of(2023, 3, 21), "in_force"));
		assertThat(gsomia.status(LocalDate.of(2019, 8, 22))).contains("in_force");
		assertThat(gsomia.status(LocalDate.of(2019, 9, 1))).contains("terminating");
		assertThat(gsomia.inForce(LocalDate.of(2019, 9, 1))).isTrue();
		assertThat(gsomia.status(LocalDate.of(2020, 6, 1))).contains("in_force");
		assertThat(gsomia.inForce(LocalDate.of(2023, 6, 1))).isTrue();
		assertThat(gsomia.validFrom()).isEqualTo(LocalDate.of(2016, 11, 23));
		assertThat(gsomia.validTo()).isNull();
	}

	@Test
	void leavesAMeasureThatWasOnlyAnnouncedOutOfForce() {
		MeasureHistory plan = SEEDS.get("forced-labour-compensation-plan-2023");

		assertThat(plan.status(LocalDate.of(2023, 6, 1))).contains("announced");
		assertThat(plan.inForce(LocalDate.of(2023, 6, 1))).isFalse();
		assertThat(plan.validFrom()).isNull();
		assertThat(plan.validTo()).isNull();
	}

	@Test
	void givesEveryChangeTheStatusOfTheReadmeTable() {
		assertThat(MeasureChangeKind.byId("notify_termination")).map(MeasureChangeKind::status)
			.contains(MeasureStatus.TERMINATING);
		assertThat(MeasureChangeKind.byId("suspend_termination")).map(MeasureChangeKind::status)
			.contains(MeasureStatus.IN_FORCE);
		assertThat(MeasureChangeKind.byId("dissolve")).map(MeasureChangeKind::status).contains(MeasureStatus.ENDED);
		assertThat(MeasureChangeKind.byId("suspend")).map(MeasureChangeKind::status)
			.contains(MeasureStatus.SUSPENDED);
		assertThat(MeasureChangeKind.values()).hasSize(20);
		assertThat(MeasureStatus.values()).filteredOn(MeasureStatus::inForce)
			.containsExactly(MeasureStatus.IN_FORCE, MeasureStatus.TERMINATING);
	}

}
