package org.jkgraph.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries one of the configured API keys, as {@code X-API-Key: <key>},
 * {@code Authorization: Bearer <key>} or HTTP Basic with the key as password (any user name). A request with a
 * wrong key is refused outright rather than treated as anonymous, so a typo is noticed.
 */
class ApiKeyFilter extends OncePerRequestFilter {

	static final String WRITER = "WRITER";

	private final List<byte[]> keys;

	private final WriteProblems problems;

	ApiKeyFilter(List<String> keys, WriteProblems problems) {
		this.keys = keys.stream().filter(k -> !k.isBlank()).map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String presented = presentedKey(request);
		if (presented != null) {
			if (!matches(presented)) {
				problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Invalid API key",
						"The API key in the request is not one of the configured keys");
				return;
			}
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("api-key", null,
						AuthorityUtils.createAuthorityList("ROLE_" + WRITER)));
		}
		chain.doFilter(request, response);
	}

	private static String presentedKey(HttpServletRequest request) {
		String header = request.getHeader("X-API-Key");
		if (header != null) {
			return header.strip();
		}
		String authorization = request.getHeader("Authorization");
		if (authorization == null) {
			return null;
		}
		if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return authorization.substring(7).strip();
		}
		if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
						StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				return (colon >= 0) ? decoded.substring(colon + 1) : decoded;
			}
			catch (IllegalArgumentException ex) {
				return "";
			}
		}
		return null;
	}

	/** Constant-time comparison, so response times say nothing about how close a guess was. */
	private boolean matches(String presented) {
		byte[] candidate = presented.getBytes(StandardCharsets.UTF_8);
		boolean match = false;
		for (byte[] key : keys) {
			match |= MessageDigest.isEqual(key, candidate);
		}
		return match;
	}

}
