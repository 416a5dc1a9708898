package org.jkgraph.extract;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jkgraph.facts.FactDate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/extract}: a plain-text document in, candidate facts out (JSON), nothing written. {@code published}
 * (YYYY, YYYY-MM or YYYY-MM-DD; today when absent) resolves relative dates; {@code source} is the id the facts cite;
 * {@code publisher}, {@code title} and {@code url} describe the document's source fact.
 * Empty text is a 400, too large a 413, binary or non-UTF-8 text a 415, all as problem+json.
 */
@RestController
@RequestMapping("/api/extract")
class ExtractController {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/** Built on first use: the service may never extract anything. */
	private final ObjectProvider<Extractor> extractor;

	private final ExtractProperties properties;

	ExtractController(ObjectProvider<Extractor> extractor, ExtractProperties properties) {
		this.extractor = extractor;
		this.properties = properties;
	}

	/** The candidate facts of one document and what became of its mentions. */
	record ExtractResponse(String source, String published, int sentences, int candidates, int newEvents,
			int supportedEvents, List<Map<String, Object>> facts, List<EventMention> mentions) {
	}

	@PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	ExtractResponse extract(@RequestBody(required = false) byte[] body, @RequestParam(required = false) String published,
			@RequestParam(defaultValue = "api-document") String source, @RequestParam(required = false) String publisher,
			@RequestParam(required = false) String title, @RequestParam(required = false) String url,
			@RequestHeader(name = "Content-Length", required = false) Long length) {
		long max = properties.maxSize().toBytes();
		if (length != null && length > max) {
			throw new UnreadableTextException(UnreadableTextException.Reason.TOO_LARGE,
					"the text has " + length + " bytes; the limit is " + max);
		}
		if (!SLUG.matcher(source).matches()) {
			throw new BadRequest("source", "source must be a slug (lower case, digits and -), not '" + source + "'");
		}
		FactDate date;
		try {
			date = (published != null) ? FactDate.parse(published) : FactDate.parse(java.time.LocalDate.now().toString());
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequest("published", "published: " + ex.getMessage());
		}
		String text = TextInput.decode((body != null) ? body : new byte[0], "the text", max);
		boolean known = extractor.getObject().isKnownId(source);
		if (url != null && !url.matches("https?://\\S+")) {
			throw new BadRequest("url", "url must be an http(s) address, not '" + url + "'");
		}
		Document document = new Document(source, text, date, blankToNull(title), blankToNull(publisher), url, null, "news",
				known);
		Extraction extraction = extractor.getObject().extract(List.of(document), true, properties.minConfidence());
		return new ExtractResponse(source, date.text(), extraction.sentences(), extraction.candidates(),
				extraction.newEvents(), extraction.supportedEvents(), extraction.facts(), extraction.mentions());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	@ExceptionHandler
	ProblemDetail unreadable(UnreadableTextException ex) {
		HttpStatus status = switch (ex.reason()) {
			case EMPTY -> HttpStatus.BAD_REQUEST;
			case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
			case BINARY, ENCODING -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setTitle("Unreadable text");
		problem.setType(URI.create("https://github.com/jk-graph/jk-graph/blob/main/README.md#extractor"));
		problem.setProperty("reason", ex.reason().name().toLowerCase(java.util.Locale.ROOT));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail badRequest(BadRequest ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Bad parameter");
		problem.setProperty("parameter", ex.parameter);
		return problem;
	}

	/** A malformed request parameter. */
	static class BadRequest extends RuntimeException {

		private final String parameter;

		BadRequest(String parameter, String message) {
			super(message);
			this.parameter = parameter;
		}

	}

}
