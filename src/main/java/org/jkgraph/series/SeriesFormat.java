package org.jkgraph.series;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jkgraph.api.BadParameterException;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * JSON or CSV: {@code format=csv|json} decides when given (dashboards that cannot set headers use it); otherwise
 * the first of {@code text/csv} and JSON in the {@code Accept} header, by quality; JSON when neither is named.
 */
enum SeriesFormat {

	JSON, CSV;

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static SeriesFormat of(String format, String accept) {
		if (format != null && !format.isBlank()) {
			return switch (format.strip().toLowerCase(Locale.ROOT)) {
				case "csv" -> CSV;
				case "json" -> JSON;
				default -> throw new BadParameterException("format", "format must be csv or json, was '" + format + "'");
			};
		}
		if (accept == null || accept.isBlank()) {
			return JSON;
		}
		List<MediaType> types;
		try {
			types = MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			return JSON;
		}
		// A stable sort: of equal quality, the type named first wins.
		types = types.stream().sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed()).toList();
		for (MediaType type : types) {
			if (type.getQualityValue() > 0 && type.getType().equals("text") && type.getSubtype().equals("csv")) {
				return CSV;
			}
			if (type.getQualityValue() > 0 && type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
				return JSON;
			}
		}
		return JSON;
	}

}
