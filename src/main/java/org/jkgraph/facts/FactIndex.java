package org.jkgraph.facts;

import java.util.ArrayList;
import java.util.List;

import org.jkgraph.model.FactKind;

/**
 * What a streamed load keeps of every fact while the rest of it is gone from memory: its id, kind (and subtype),
 * its position in the input and where it was written. An open-addressing table of arrays rather than a map of
 * objects, so a million facts cost tens of megabytes, not hundreds.
 */
public final class FactIndex {

	private String[] ids = new String[1 << 12];

	private int[] ordinals = new int[ids.length];

	private byte[] kinds = new byte[ids.length];

	private byte[] actorKinds = new byte[ids.length];

	private int[] files = new int[ids.length];

	private int[] lines = new int[ids.length];

	private final List<FactKind> kindList = new ArrayList<>();

	private final List<String> actorKindNames = new ArrayList<>();

	private final List<String> fileNames = new ArrayList<>();

	private int size;

	/** Where a fact was first written. */
	public record Location(String file, int line) {
	}

	/**
	 * Adds {@code fact} at position {@code ordinal} of the input; {@code line} is the line of its {@code id} field.
	 * @return the ordinal of an earlier fact with the same id, or -1 if the id is new (the earlier one stays)
	 */
	int add(Fact fact, int ordinal, int line) {
		if (size * 5 >= ids.length * 3) {
			grow();
		}
		int slot = slot(ids, fact.id());
		if (ids[slot] != null) {
			return ordinals[slot];
		}
		ids[slot] = fact.id();
		ordinals[slot] = ordinal;
		kinds[slot] = (byte) internKind(fact.kind());
		String subtype = FactValidator.subtype(fact);
		actorKinds[slot] = (byte) ((subtype != null) ? intern(actorKindNames, subtype) : -1);
		files[slot] = intern(fileNames, fact.origin().file());
		lines[slot] = line;
		size++;
		return -1;
	}

	public boolean contains(String id) {
		return ids[slot(ids, id)] != null;
	}

	/** The position of the fact in the input (0 for the first fact read), or -1 if the input has no such id. */
	public int ordinal(String id) {
		int slot = slot(ids, id);
		return (ids[slot] != null) ? ordinals[slot] : -1;
	}

	/** The kind of the fact, or {@code null} if the input has no such id. */
	public FactKind kind(String id) {
		int slot = slot(ids, id);
		return (ids[slot] != null) ? kindList.get(kinds[slot]) : null;
	}

	String actorKind(String id) {
		int slot = slot(ids, id);
		return (ids[slot] != null && actorKinds[slot] >= 0) ? actorKindNames.get(actorKinds[slot]) : null;
	}

	/** Where the fact with {@code id} was written, or {@code null} if the input has no such id. */
	public Location location(String id) {
		int slot = slot(ids, id);
		return (ids[slot] != null) ? new Location(fileNames.get(files[slot]), lines[slot]) : null;
	}

	/** Every id of the input, in no particular order. */
	public List<String> ids() {
		List<String> all = new ArrayList<>(size);
		for (String id : ids) {
			if (id != null) {
				all.add(id);
			}
		}
		return all;
	}

	public int size() {
		return size;
	}

	private int internKind(FactKind kind) {
		int index = kindList.indexOf(kind);
		if (index < 0) {
			kindList.add(kind);
			index = kindList.size() - 1;
		}
		return index;
	}

	private static int intern(List<String> names, String name) {
		int index = names.indexOf(name);
		if (index < 0) {
			names.add(name);
			index = names.size() - 1;
		}
		return index;
	}

	/** The slot holding {@code id}, or the empty slot where it would go. */
	private static int slot(String[] table, String id) {
		int mask = table.length - 1;
		int slot = mix(id.hashCode()) & mask;
		while (table[slot] != null && !table[slot].equals(id)) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	private static int mix(int hash) {
		int h = hash * 0x9E3779B9;
		return h ^ (h >>> 16);
	}

	private void grow() {
		String[] oldIds = ids;
		int[] oldOrdinals = ordinals;
		byte[] oldKinds = kinds;
		byte[] oldActorKinds = actorKinds;
		int[] oldFiles = files;
		int[] oldLines = lines;
		int capacity = oldIds.length * 2;
		ids = new String[capacity];
		ordinals = new int[capacity];
		kinds = new byte[capacity];
		actorKinds = new byte[capacity];
		files = new int[capacity];
		lines = new int[capacity];
		for (int i = 0; i < oldIds.length; i++) {
			if (oldIds[i] != null) {
				int slot = slot(ids, oldIds[i]);
				ids[slot] = oldIds[i];
				ordinals[slot] = oldOrdinals[i];
				kinds[slot] = oldKinds[i];
				actorKinds[slot] = oldActorKinds[i];
				files[slot] = oldFiles[i];
				lines[slot] = oldLines[i];
			}
		}
	}

}
