package org.jkgraph.observations;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jkgraph.api.CitedSource;
import org.jkgraph.api.Ref;

/**
 * A number: the {@code indicator} measured about the {@code subject} (with the {@code counterpart}, for flows), its
 * {@code value} and {@code unit}, the {@code period} it covers (its first day, read with {@code periodPrecision};
 * {@code periodEnd} its last), for polls the {@code question}, the {@code event} that reported it, the sources with
 * locators, and the {@code claims} where sources give other values (the preferred one is {@code value}).
 */
public record Observation(String id, String indicator, Ref subject, Ref counterpart, Double value, String unit,
		LocalDate period, String periodPrecision, String periodText, LocalDate periodEnd, String question,
		String notes, String event, String method, Double confidence, List<CitedSource> sources, List<Claim> claims) {

	/** Another value a source gives, ranked preferred, normal or deprecated, with the ids of its sources. */
	@Schema(name = "ObservationClaim")
	public record Claim(String field, Object value, String rank, String note, List<String> sources) {
	}

}
