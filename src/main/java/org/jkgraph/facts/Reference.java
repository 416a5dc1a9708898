package org.jkgraph.facts;

import java.util.ArrayList;
import java.util.List;

import org.jkgraph.model.FactModel;
import org.jkgraph.model.FactValues;
import org.jkgraph.model.Field;
import org.jkgraph.model.FieldType;

/**
 * An id one fact gives for another, with the field it is written in (relative to the fact) and the kind of fact
 * it must name (by id, as the model declares it). {@code subtype}, when set, narrows the reference further: a
 * {@code country} field must name an actor of kind country.
 */
record Reference(String field, String id, String kind, String subtype) {

	/** Every reference a fact makes, its citations and its claims' citations included. */
	static List<Reference> of(FactModel model, Fact fact) {
		List<Reference> references = new ArrayList<>();
		collect(fact.kind().fields(), fact.values(), "", references);
		collect(model.commonFields(), fact.values(), "", references);
		return references;
	}

	private static void collect(List<Field> fields, FactValues values, String prefix, List<Reference> references) {
		for (Field field : fields) {
			String path = prefix + field.name();
			switch (field.type()) {
				case REF -> add(references, path, values.text(field.name()), field);
				case REFS -> {
					List<String> ids = values.texts(field.name());
					for (int i = 0; i < ids.size(); i++) {
						add(references, path + "[" + i + "]", ids.get(i), field);
					}
				}
				case OBJECT -> {
					FactValues nested = values.object(field.name());
					if (nested != null) {
						collect(field.fields(), nested, path + ".", references);
					}
				}
				case OBJECTS -> {
					List<FactValues> items = values.objects(field.name());
					for (int i = 0; i < items.size(); i++) {
						collect(field.fields(), items.get(i), path + "[" + i + "].", references);
					}
				}
				default -> {
				}
			}
		}
	}

	private static void add(List<Reference> references, String field, String id, Field declared) {
		// Absent, or malformed and already reported by the reader.
		if (id != null && declared.type() != FieldType.ANY) {
			references.add(new Reference(field, id, declared.target(), declared.targetSubtype().orElse(null)));
		}
	}

}
