package org.jkgraph.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything else runs, the requests whose headers or query string cannot be read at all: an
 * {@code Accept} header that is no list of media types (406: otherwise every error of such a request would be an
 * empty answer, since no problem could be written in a type the client "accepts"), and a query string with bad
 * percent-encoding or bytes that are no UTF-8 (400: otherwise the servlet container throws while a handler reads a
 * parameter, logs a stack trace and answers with its own error page).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UnreadableRequestFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			MediaType.parseMediaTypes(Collections.list(request.getHeaders("Accept")));
		}
		catch (IllegalArgumentException ex) {
			ProblemResponses.write(response, HttpServletResponse.SC_NOT_ACCEPTABLE,
					"The Accept header is not a list of media types (" + ex.getMessage()
							+ "); ask for application/json, or send no Accept header",
					request.getRequestURI());
			return;
		}
		if (!decodable(request.getQueryString())) {
			ProblemResponses.write(response, HttpServletResponse.SC_BAD_REQUEST,
					"The query string cannot be decoded: percent-encode it as UTF-8 (a '%' is written %25)",
					request.getRequestURI());
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Whether each name and value of the query string percent-decodes, to well-formed UTF-8, as the servlet
	 * container insists. Only the query string: a body is the business of the endpoint that reads it (and of its
	 * size limit).
	 */
	static boolean decodable(String query) {
		if (query == null) {
			return true;
		}
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		for (String part : query.split("[&=]")) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(part.length());
			for (int i = 0; i < part.length(); i++) {
				char c = part.charAt(i);
				if (c == '%') {
					int high = (i + 2 < part.length()) ? Character.digit(part.charAt(i + 1), 16) : -1;
					int low = (high >= 0) ? Character.digit(part.charAt(i + 2), 16) : -1;
					if (low < 0) {
						return false;
					}
					bytes.write(high * 16 + low);
					i += 2;
				}
				else {
					bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
				}
			}
			try {
				utf8.reset().decode(ByteBuffer.wrap(bytes.toByteArray()));
			}
			catch (CharacterCodingException ex) {
				return false;
			}
		}
		return true;
	}

}
