package org.jkgraph.facts;

import java.util.List;
import java.util.Map;

/**
 * A city, region, sea, strait, site or group of islands, with each side's name for disputed ones.
 * {@code placeKind} is the file's {@code kind} field.
 */
public record PlaceFact(String id, String placeKind, String name, Map<String, String> names, List<String> aliases,
		String country, List<String> claimants, String within, Double lat, Double lon, String description,
		String method, double confidence, List<Citation> sources, List<Claim> claims, String notes, Origin origin)
		implements Fact {

	public PlaceFact {
		names = Immutable.map(names);
		aliases = Immutable.list(aliases);
		claimants = Immutable.list(claimants);
		sources = Immutable.list(sources);
		claims = Immutable.list(claims);
	}

	@Override
	public FactKind kind() {
		return FactKind.PLACE;
	}

}
