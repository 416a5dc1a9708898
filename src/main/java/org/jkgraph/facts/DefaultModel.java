package org.jkgraph.facts;

import org.jkgraph.model.FactModel;

/**
 * The standard model with the event types packaged in the jar, for code that reads facts outside the application
 * context (commands without a database, tests). The service injects the same model as a bean.
 */
public final class DefaultModel {

	private static volatile FactModel model;

	private DefaultModel() {
	}

	public static FactModel get() {
		if (model == null) {
			model = FactModel.standard(EventTypes.fromClasspath());
		}
		return model;
	}

}
