package org.jkgraph.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A digest of what a load would write for one fact. Equal digests mean the graph already holds exactly this, so a
 * reload can skip the fact and leave its timestamps alone.
 */
final class ContentHash {

	private ContentHash() {
	}

	static String of(List<String> labels, Map<String, Object> properties, List<RelationshipRow> relationships) {
		StringBuilder canonical = new StringBuilder();
		append(canonical, labels);
		append(canonical, properties);
		for (RelationshipRow relationship : relationships) {
			append(canonical, List.of(relationship.id(), relationship.type(), relationship.from(), relationship.to()));
			append(canonical, relationship.properties());
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Maps in key order, so the digest does not depend on the order fields were written in. */
	private static void append(StringBuilder out, Object value) {
		switch (value) {
			case Map<?, ?> map -> {
				out.append('{');
				new TreeMap<>(map).forEach((k, v) -> {
					out.append(k).append('=');
					append(out, v);
					out.append(';');
				});
				out.append('}');
			}
			case Collection<?> list -> {
				out.append('[');
				list.forEach(item -> {
					append(out, item);
					out.append(',');
				});
				out.append(']');
			}
			case null -> out.append("null");
			default -> out.append(value.getClass().getSimpleName()).append(':').append(value);
		}
	}

}
