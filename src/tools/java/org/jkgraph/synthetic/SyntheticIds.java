package org.jkgraph.synthetic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jkgraph.model.FactKind;
import org.jkgraph.model.FactModel;
import org.jkgraph.model.Field;

/**
 * Puts every id a synthetic fact has or refers to into a namespace of its own, {@code syn-…}: generated data then
 * never names a curated fact ({@code japan}, {@code seoul}), so loading it can neither change curated facts nor be
 * refused for them. Which fields hold ids comes from the model (its references), so a new reference field is
 * covered without a change here.
 */
final class SyntheticIds {

	static final String PREFIX = "syn-";

	private final FactModel model;

	SyntheticIds(FactModel model) {
		this.model = model;
	}

	/** {@code fact} with its id and its references in the namespace, fields in the same order. */
	Map<String, Object> apply(Map<String, Object> fact) {
		FactKind kind = model.kind((String) fact.get("fact"))
			.orElseThrow(() -> new IllegalStateException("The generator wrote an unknown kind: " + fact.get("fact")));
		Map<String, Object> out = rewrite(fact, kind.fields());
		out = rewrite(out, model.commonFields());
		out.put("id", PREFIX + fact.get("id"));
		return out;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> rewrite(Map<String, Object> values, List<Field> fields) {
		Map<String, Object> out = new LinkedHashMap<>(values);
		for (Field field : fields) {
			Object value = values.get(field.name());
			if (value == null) {
				continue;
			}
			Object rewritten = switch (field.type()) {
				case REF -> PREFIX + value;
				case REFS -> ((List<?>) value).stream().map(id -> PREFIX + id).toList();
				case OBJECT -> rewrite((Map<String, Object>) value, field.fields());
				case OBJECTS -> ((List<?>) value).stream().map(item -> rewrite((Map<String, Object>) item, field.fields()))
					.toList();
				default -> value;
			};
			out.put(field.name(), rewritten);
		}
		return out;
	}

}
