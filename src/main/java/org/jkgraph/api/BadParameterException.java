package org.jkgraph.api;

/** A request parameter is malformed or out of bounds; answered with 400 naming the parameter. */
public class BadParameterException extends RuntimeException {

	private final String parameter;

	public BadParameterException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	public String parameter() {
		return parameter;
	}

}
