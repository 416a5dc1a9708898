package org.jkgraph.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * A short token that changes whenever the graph does: made from the latest {@code :Load} node (every load that
 * changed something leaves one), the node and relationship counts (so a change no load recorded shows too), the
 * schema version, the application's version (an answer's shape may change with it) and today's date (answers such as
 * "in force today" change at midnight). It is asked of the database at most once per {@code jkgraph.api.etag-refresh}
 * (1 s by default) and at once after any write through the API, so an ETag costs no query on most requests; a load
 * from outside (the CLI, another instance) shows within that second.
 */
@Component
public class GraphVersion {

	private static final String QUERY = "cache/graph_version";

	private final GraphReader reader;

	private final String application;

	private final long refreshNanos;

	private volatile Cached cached;

	public GraphVersion(GraphReader reader, ObjectProvider<BuildProperties> build,
			@Value("${jkgraph.api.etag-refresh:1s}") Duration refresh) {
		this.reader = reader;
		BuildProperties properties = build.getIfAvailable();
		this.application = (properties != null) ? properties.getVersion() : "development";
		this.refreshNanos = refresh.toNanos();
		reader.require(QUERY);
	}

	/** The current token: 16 hex digits. */
	public String current() {
		Cached known = this.cached;
		long now = System.nanoTime();
		LocalDate today = LocalDate.now();
		if (known != null && now - known.askedAt() < refreshNanos && known.day().equals(today)) {
			return known.token();
		}
		Map<String, Object> state = reader.single(QUERY, Map.of(), row -> row.asMap()).orElseThrow();
		String token = hash(application + "|" + today + "|" + state.get("load") + "|" + state.get("finished") + "|"
				+ state.get("nodes") + "|" + state.get("relationships") + "|" + state.get("schema"));
		this.cached = new Cached(token, now, today);
		return token;
	}

	/** Forgets the token, so the next request asks the database again (after a write through the API). */
	public void changed() {
		this.cached = null;
	}

	static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Cached(String token, long askedAt, LocalDate day) {
	}

}
