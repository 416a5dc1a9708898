package org.jkgraph.load.bulk;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.neo4j.values.storable.DateValue;
import org.neo4j.values.storable.Value;
import org.neo4j.values.storable.Values;

/**
 * Property values as the spill files keep them and as the importer takes them. The types are those Cypher gives the
 * same values when the loader passes them as parameters (every integer a long, every decimal a double, a list an
 * array of its element type), so both paths store the same thing.
 */
final class RowCodec {

	private static final byte TEXT = 1;

	private static final byte INTEGER = 2;

	private static final byte DECIMAL = 3;

	private static final byte BOOLEAN = 4;

	private static final byte DATE = 5;

	private static final byte TEXTS = 6;

	private static final byte INTEGERS = 7;

	private static final byte DECIMALS = 8;

	private static final byte BOOLEANS = 9;

	private static final byte DATES = 10;

	private RowCodec() {
	}

	static void writeText(DataOutput out, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	static String readText(DataInput in) throws IOException {
		byte[] bytes = new byte[in.readInt()];
		in.readFully(bytes);
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/** Writes the non-null properties of {@code properties} (Cypher drops null ones too); returns how many. */
	static int writeProperties(DataOutput out, Map<String, Object> properties) throws IOException {
		int count = (int) properties.values().stream().filter(java.util.Objects::nonNull).count();
		out.writeShort(count);
		for (Map.Entry<String, Object> property : properties.entrySet()) {
			if (property.getValue() != null) {
				writeText(out, property.getKey());
				writeValue(out, property.getKey(), property.getValue());
			}
		}
		return count;
	}

	private static void writeValue(DataOutput out, String name, Object value) throws IOException {
		switch (value) {
			case String text -> {
				out.writeByte(TEXT);
				writeText(out, text);
			}
			case Long number -> integer(out, number);
			case Integer number -> integer(out, number);
			case Short number -> integer(out, number);
			case Double number -> decimal(out, number);
			case Float number -> decimal(out, number);
			case Boolean flag -> {
				out.writeByte(BOOLEAN);
				out.writeBoolean(flag);
			}
			case LocalDate date -> {
				out.writeByte(DATE);
				out.writeLong(date.toEpochDay());
			}
			case List<?> list -> writeList(out, name, list);
			default -> throw new IllegalStateException(
					"The bulk import cannot store " + name + " of type " + value.getClass().getName());
		}
	}

	private static void integer(DataOutput out, long number) throws IOException {
		out.writeByte(INTEGER);
		out.writeLong(number);
	}

	private static void decimal(DataOutput out, double number) throws IOException {
		out.writeByte(DECIMAL);
		out.writeDouble(number);
	}

	/**
	 * A list becomes an array of its elements' type. An empty one is written as an empty text array: read back
	 * through Cypher it is an empty list, as the loader's is.
	 */
	private static void writeList(DataOutput out, String name, List<?> list) throws IOException {
		Object first = list.isEmpty() ? "" : list.getFirst();
		byte tag = switch (first) {
			case String ignored -> TEXTS;
			case Long ignored -> INTEGERS;
			case Integer ignored -> INTEGERS;
			case Double ignored -> DECIMALS;
			case Float ignored -> DECIMALS;
			case Boolean ignored -> BOOLEANS;
			case LocalDate ignored -> DATES;
			default -> throw new IllegalStateException(
					"The bulk import cannot store " + name + " as a list of " + first.getClass().getName());
		};
		out.writeByte(tag);
		out.writeInt(list.size());
		for (Object item : list) {
			switch (tag) {
				case TEXTS -> writeText(out, (String) item);
				case INTEGERS -> out.writeLong(((Number) item).longValue());
				case DECIMALS -> out.writeDouble(((Number) item).doubleValue());
				case BOOLEANS -> out.writeBoolean((Boolean) item);
				default -> out.writeLong(((LocalDate) item).toEpochDay());
			}
		}
	}

	static Value readValue(DataInput in) throws IOException {
		byte tag = in.readByte();
		return switch (tag) {
			case TEXT -> Values.utf8Value(readBytes(in));
			case INTEGER -> Values.longValue(in.readLong());
			case DECIMAL -> Values.doubleValue(in.readDouble());
			case BOOLEAN -> Values.booleanValue(in.readBoolean());
			case DATE -> DateValue.epochDate(in.readLong());
			case TEXTS -> {
				String[] items = new String[in.readInt()];
				for (int i = 0; i < items.length; i++) {
					items[i] = readText(in);
				}
				yield Values.stringArray(items);
			}
			case INTEGERS -> {
				long[] items = new long[in.readInt()];
				for (int i = 0; i < items.length; i++) {
					items[i] = in.readLong();
				}
				yield Values.longArray(items);
			}
			case DECIMALS -> {
				double[] items = new double[in.readInt()];
				for (int i = 0; i < items.length; i++) {
					items[i] = in.readDouble();
				}
				yield Values.doubleArray(items);
			}
			case BOOLEANS -> {
				boolean[] items = new boolean[in.readInt()];
				for (int i = 0; i < items.length; i++) {
					items[i] = in.readBoolean();
				}
				yield Values.booleanArray(items);
			}
			case DATES -> {
				LocalDate[] items = new LocalDate[in.readInt()];
				for (int i = 0; i < items.length; i++) {
					items[i] = LocalDate.ofEpochDay(in.readLong());
				}
				yield Values.dateArray(items);
			}
			default -> throw new IllegalStateException("Unknown value tag " + tag + " in a bulk import's spill file");
		};
	}

	private static byte[] readBytes(DataInput in) throws IOException {
		byte[] bytes = new byte[in.readInt()];
		in.readFully(bytes);
		return bytes;
	}

}
