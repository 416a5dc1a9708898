package org.jkgraph.api;

import java.io.IOException;
import java.util.Arrays;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP caching of the API's reads: every answer carries a weak {@code ETag} made from the graph's version
 * ({@link GraphVersion}) and what the client accepts (JSON or CSV), with {@code Cache-Control: no-cache} so that
 * clients ask again each time; a request whose {@code If-None-Match} names the current tag is answered {@code 304
 * Not Modified} without running any query. Error answers other than the client's own (5xx, a time limit hit) carry no
 * tag. A write through the API makes the next read ask the database for the version again. The export streams
 * everything and is left to its own rules.
 */
class ConditionalReads extends OncePerRequestFilter {

	private final GraphVersion version;

	ConditionalReads(GraphVersion version) {
		this.version = version;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.startsWith("/api/") || path.startsWith("/api/export");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		if (!read) {
			try {
				chain.doFilter(request, response);
			}
			finally {
				version.changed();
			}
			return;
		}
		String current;
		try {
			current = version.current();
		}
		catch (RuntimeException ex) {
			// No version, no tag: the request itself meets the database's trouble and answers for it.
			chain.doFilter(request, response);
			return;
		}
		String accepted = GraphVersion.hash(String.valueOf(request.getHeader(HttpHeaders.ACCEPT))).substring(0, 6);
		String tag = "W/\"" + current + "-" + accepted + "\"";
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), tag)) {
			response.setHeader(HttpHeaders.ETAG, tag);
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setHeader(HttpHeaders.ETAG, tag);
		chain.doFilter(request, new Untagged(response));
	}

	/** Weak comparison (RFC 9110, 13.1.2): {@code *} or any listed tag equal to ours, W/ or not. */
	static boolean matches(String ifNoneMatch, String tag) {
		if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
			return false;
		}
		String opaque = tag.substring(2);
		return Arrays.stream(ifNoneMatch.split(","))
			.map(String::strip)
			.anyMatch(candidate -> candidate.equals("*") || candidate.equals(tag) || candidate.equals(opaque)
					|| (candidate.startsWith("W/") && candidate.substring(2).equals(opaque)));
	}

	/** Takes the tag off an answer that turns out to be a server error: it says nothing about the graph. */
	private static final class Untagged extends HttpServletResponseWrapper {

		Untagged(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setStatus(int status) {
			untagIfFailed(status);
			super.setStatus(status);
		}

		@Override
		public void sendError(int status) throws IOException {
			untagIfFailed(status);
			super.sendError(status);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			untagIfFailed(status);
			super.sendError(status, message);
		}

		private void untagIfFailed(int status) {
			if (status >= 500 && !isCommitted()) {
				setHeader(HttpHeaders.ETAG, null);
				setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			}
		}

	}

}
