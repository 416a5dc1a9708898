package org.jkgraph.api;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jkgraph.events.EventSummary;
import org.jkgraph.events.TimelineEntry;
import org.jkgraph.measures.MeasureSummary;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

import static org.assertj.core.api.Assertions.assertThat;

/** The records of the API's lists come out of the Driver's values as the Driver itself maps them. */
class RecordValuesTests {

	@Test
	void anEventOfAListMapsAsTheDriverMapsIt() {
		Map<String, Object> event = new HashMap<>();
		event.put("id", "2019-07-01-export-controls");
		event.put("date", LocalDate.of(2019, 7, 1));
		event.put("datePrecision", "day");
		event.put("dateText", "2019-07-01");
		event.put("endDate", null);
		event.put("type", "announcement");
		event.put("title", "Japan tightens export licensing");
		event.put("quadClass", 4L);
		event.put("goldstein", -4.0);
		event.put("confidence", 1.0);
		event.put("participants", List.of(Map.of("id", "japan", "name", "Japan", "kind", "country", "role", "initiator"),
				Map.of("id", "south-korea", "name", "South Korea", "kind", "country")));
		// plover, mode, cameo, method and place are missing, as for a record that is no interaction

		Value value = Values.value(event);
		EventSummary mapped = RecordValues.as(value, EventSummary.class);

		assertThat(mapped).isEqualTo(value.as(EventSummary.class));
		assertThat(mapped.quadClass()).isEqualTo(4);
		assertThat(mapped.participants()).hasSize(2);
		assertThat(mapped.participants().get(1).role()).isNull();
		assertThat(mapped.plover()).isNull();
	}

	@Test
	void aMeasureWithoutAStepAndATimelineEntryMapAsTheDriverMapsThem() {
		Map<String, Object> measure = new HashMap<>();
		measure.put("id", "japan-export-controls-2019");
		measure.put("name", "Japan's export controls");
		measure.put("kind", "export_control");
		measure.put("status", "in_force");
		measure.put("since", LocalDate.of(2019, 7, 4));
		measure.put("currentChange", Map.of("event", Map.of("id", "e1", "date", LocalDate.of(2019, 7, 1), "type",
				"announcement", "title", "Controls announced"), "change", "impose", "status", "in_force", "effective",
				LocalDate.of(2019, 7, 4)));
		measure.put("firstInForce", null);
		measure.put("imposedBy", List.of(Map.of("id", "japan", "name", "Japan")));
		measure.put("targets", List.of());
		Value value = Values.value(measure);

		assertThat(RecordValues.as(value, MeasureSummary.class)).isEqualTo(value.as(MeasureSummary.class));
		assertThat(RecordValues.as(value, MeasureSummary.class).currentChange().event().title())
			.isEqualTo("Controls announced");

		Value entry = Values.value(Map.of("id", "e1", "date", LocalDate.of(2019, 7, 1), "goldstein", 3L,
				"participants", List.of("japan", "south-korea")));
		assertThat(RecordValues.as(entry, TimelineEntry.class)).isEqualTo(entry.as(TimelineEntry.class));
		assertThat(RecordValues.as(Values.NULL, TimelineEntry.class)).isNull();
	}

}
