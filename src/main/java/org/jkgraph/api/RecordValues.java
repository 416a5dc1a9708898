package org.jkgraph.api;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

/**
 * Maps the Driver's values (maps and nodes) onto records, component by component by name, as the Driver's
 * {@code Value.as(Class)} does, but with each record's constructor and components looked up once: the Driver looks
 * them up by reflection on every call, which cost ~0.1 ms per item of a list of 50 events with participants
 * (BENCHMARKS.md, "At 1M events"). Components that are no record and no list are left to the Driver's own
 * conversion, so a value maps to what {@code Value.as} gives ({@code RecordValuesTests} compares the two).
 */
final class RecordValues {

	private static final TypeSystem TYPES = TypeSystem.getDefault();

	private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
		@Override
		protected Shape computeValue(Class<?> type) {
			return Shape.of(type);
		}
	};

	private RecordValues() {
	}

	/** {@code value} as a {@code type}: a record is built from the value's keys, anything else as the Driver maps it. */
	@SuppressWarnings("unchecked")
	static <T> T as(Value value, Class<T> type) {
		return (T) convert(value, type);
	}

	private static Object convert(Value value, Type type) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
			Type element = generic.getActualTypeArguments()[0];
			return value.asList(item -> convert(item, element));
		}
		if (type == String.class && value.hasType(TYPES.STRING())) {
			return value.asString();
		}
		if (type instanceof Class<?> plain) {
			if (plain.isRecord() && (value.hasType(TYPES.MAP()) || value.hasType(TYPES.NODE()))) {
				return SHAPES.get(plain).build(value);
			}
			return value.as(plain);
		}
		return value.as((Class<?>) ((ParameterizedType) type).getRawType());
	}

	/** A record's canonical constructor and its components' names and types. */
	private record Shape(Constructor<?> constructor, String[] names, Type[] types) {

		static Shape of(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			String[] names = new String[components.length];
			Type[] types = new Type[components.length];
			Class<?>[] raw = new Class<?>[components.length];
			for (int i = 0; i < components.length; i++) {
				names[i] = components[i].getName();
				types[i] = components[i].getGenericType();
				raw[i] = components[i].getType();
			}
			try {
				Constructor<?> constructor = type.getDeclaredConstructor(raw);
				constructor.setAccessible(true);
				return new Shape(constructor, names, types);
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException("A record without its canonical constructor: " + type, ex);
			}
		}

		Object build(Value value) {
			Object[] arguments = new Object[names.length];
			for (int i = 0; i < names.length; i++) {
				arguments[i] = convert(value.get(names[i]), types[i]);
			}
			try {
				return constructor.newInstance(arguments);
			}
			catch (InvocationTargetException ex) {
				throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
