package org.jkgraph.api;

/** No fact with the requested id (of the requested kind); answered with 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String kind, String id) {
		super("No " + kind + " with id '" + id + "'");
	}

}
