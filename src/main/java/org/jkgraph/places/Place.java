package org.jkgraph.places;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jkgraph.api.Ref;

/**
 * A place: its names (aliases and native spellings; for a disputed place each side's name), kind, coordinates, the
 * country it lies in, every country that claims it, the place it lies within, and how many events were held there.
 */
public record Place(String id, String name, String kind, List<String> aliases, List<NativeName> nativeNames,
		String description, Double latitude, Double longitude, Ref country, List<Ref> claimants, Ref within,
		long events) {

	/** The name as written in another language ({@code ko}, {@code ja}, {@code zh}, …). */
	@Schema(name = "PlaceNativeName")
	public record NativeName(String language, String name) {
	}

}
