package org.jkgraph.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The values of one fact (or of one mapping nested in it) by field name, as the reader decoded them: text,
 * {@link DateValue}, {@link Double}, {@link Integer}, lists of text, text by language, nested {@code FactValues}
 * and lists of them, or any plain value for a claim. Absent fields are missing; getters then give {@code null} or
 * an empty collection.
 */
public final class FactValues {

	private final Map<String, Object> values = new LinkedHashMap<>();

	/** Sets {@code field}; {@code null} leaves it absent. */
	public FactValues put(String field, Object value) {
		if (value != null) {
			values.put(field, value);
		}
		else {
			values.remove(field);
		}
		return this;
	}

	public Object get(String field) {
		return values.get(field);
	}

	public boolean has(String field) {
		return values.containsKey(field);
	}

	public String text(String field) {
		Object value = values.get(field);
		return (value != null) ? value.toString() : null;
	}

	public DateValue date(String field) {
		return (DateValue) values.get(field);
	}

	public Double number(String field) {
		Object value = values.get(field);
		return (value instanceof Number number) ? number.doubleValue() : null;
	}

	public Integer count(String field) {
		Object value = values.get(field);
		return (value instanceof Number number) ? number.intValue() : null;
	}

	@SuppressWarnings("unchecked")
	public List<String> texts(String field) {
		Object value = values.get(field);
		return (value instanceof List<?> list) ? (List<String>) list : List.of();
	}

	@SuppressWarnings("unchecked")
	public Map<String, String> names(String field) {
		Object value = values.get(field);
		return (value instanceof Map<?, ?> map) ? (Map<String, String>) map : Map.of();
	}

	public FactValues object(String field) {
		return (FactValues) values.get(field);
	}

	@SuppressWarnings("unchecked")
	public List<FactValues> objects(String field) {
		Object value = values.get(field);
		return (value instanceof List<?> list) ? (List<FactValues>) list : List.of();
	}

	/** Every value, in the order the fields were decoded. */
	public Map<String, Object> asMap() {
		return Collections.unmodifiableMap(values);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FactValues that && values.equals(that.values);
	}

	@Override
	public int hashCode() {
		return Objects.hash(values);
	}

	@Override
	public String toString() {
		return values.toString();
	}

}
