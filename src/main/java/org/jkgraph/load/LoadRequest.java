package org.jkgraph.load;

import java.util.List;

import org.jkgraph.facts.FactFile;

/**
 * What to load. A {@code full} load is the whole dataset: facts of that dataset missing from {@code files} are
 * removed. A partial load (some files, or facts posted to the API) only adds and updates. Datasets own their facts:
 * a load that would change a fact of another dataset is refused, unless {@code takeOver} says to move such facts
 * into this one.
 */
public record LoadRequest(List<FactFile> files, String dataset, boolean full, boolean takeOver) {

	public LoadRequest(List<FactFile> files, String dataset, boolean full) {
		this(files, dataset, full, false);
	}

}
