package org.jkgraph.facts;

/** How exactly a {@link FactDate} is known, read from the form it was written in. */
public enum Precision {

	DAY, MONTH, YEAR

}
