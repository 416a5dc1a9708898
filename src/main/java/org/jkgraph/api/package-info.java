/**
 * The REST API's shared plumbing: the read path ({@link org.jkgraph.api.GraphReader}, Spring Data Neo4j's client in
 * read-only transactions), paging and its bounds, the filters every list takes ({@link org.jkgraph.api.FactFilter}),
 * problem details for every error, refusal of unknown parameters, CSV for tables, ETags and 304s.
 */
package org.jkgraph.api;
