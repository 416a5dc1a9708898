// Creates or replaces facts of any kind by their stable id: one statement for every label set, planned once. The
// labels come from the model, never from input: row.labels are the fact's, row.others every other label of the
// model, which are removed, so a fact whose kind changed (a person re-filed as a group) does not keep its old label.
// firstLoaded survives every rewrite.
// The hash is compared again once the node is locked: a concurrent load of the same facts that committed first has
// already written them, and then nothing is rewritten (timestamps stay) and the fact counts as unchanged.
// Returns each row's outcome: created (not in the graph, or a bare placeholder), updated, or unchanged.
// The plan (a merge on the unique Fact.id) does not change with the statistics, so it is not made again as the
// store grows.
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:Fact {id: row.id})
WITH n, row, n.hash AS previous, coalesce(n.firstLoaded, $now) AS firstLoaded
CALL (n, row, previous, firstLoaded) {
  WITH n, row, firstLoaded
  WHERE previous IS NULL OR previous <> row.properties.hash
  REMOVE n:$(row.others)
  SET n = row.properties,
      n:$(row.labels),
      n.firstLoaded = firstLoaded,
      n.lastChanged = $now,
      n.loadId = $loadId
}
RETURN row.id AS id,
       CASE WHEN previous IS NULL THEN 'created' WHEN previous = row.properties.hash THEN 'unchanged' ELSE 'updated' END
         AS outcome
