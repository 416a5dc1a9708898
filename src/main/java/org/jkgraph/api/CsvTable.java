package org.jkgraph.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An answer that is a table, and so can also be sent as CSV ({@code Accept: text/csv} or {@code format=csv}):
 * its column names, its rows' cells in the columns' order, and a file name for the download.
 */
public interface CsvTable {

	List<String> columns();

	@JsonIgnore
	List<List<Object>> csvRows();

	@JsonIgnore
	String csvName();

}
