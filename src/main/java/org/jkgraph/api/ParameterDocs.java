package org.jkgraph.api;

/** The descriptions of parameters many endpoints share, so OpenAPI says the same thing everywhere. */
public final class ParameterDocs {

	public static final String PAGE = "Page number, from 0 (page × size at most " + Paging.MAX_OFFSET + ")";

	public static final String SIZE = "Page size, 1 to " + Paging.MAX_SIZE + " (default " + Paging.DEFAULT_SIZE + ")";

	public static final String FROM = "Start of the period: YYYY, YYYY-MM or YYYY-MM-DD, meaning its first day";

	public static final String TO = "End of the period: YYYY, YYYY-MM or YYYY-MM-DD, meaning its last day";

	public static final String SOURCE = "Only facts citing this source (source id, e.g. reuters-2023-03-16-trade-dispute); "
			+ "repeat for several (any of them; at most " + FactFilter.MAX_SOURCES + ")";

	public static final String METHOD = "How the facts were made: curated or extracted";

	public static final String STATUS = "Review status of the facts to count: accepted (the default; curated facts "
			+ "count as accepted) or candidate (the extractor's, not yet reviewed); repeat for both";

	public static final String INCLUDE = "candidates: count the extractor's candidates too, besides the statuses asked for";

	public static final String FORMAT = "csv or json; overrides the Accept header";

	private ParameterDocs() {
	}

}
