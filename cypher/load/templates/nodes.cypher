// Creates or replaces __LABELS__ facts by their stable id. Labels are reset too, so a fact whose kind changed
// (a person re-filed as a group) does not keep its old label. firstLoaded survives every rewrite.
// The hash is compared again once the node is locked: a concurrent load of the same facts that committed first has
// already written them, and then nothing is rewritten (timestamps stay) and the fact counts as unchanged.
// Returns each row's outcome: created (not in the graph, or a bare placeholder), updated, or unchanged.
UNWIND $rows AS row
MERGE (n:Fact {id: row.id})
WITH n, row, n.hash AS previous, coalesce(n.firstLoaded, $now) AS firstLoaded
CALL (n, row, previous, firstLoaded) {
  WITH n, row, firstLoaded
  WHERE previous IS NULL OR previous <> row.properties.hash
  REMOVE n:__OTHER_LABELS__
  SET n = row.properties,
      n:__LABELS__,
      n.firstLoaded = firstLoaded,
      n.lastChanged = $now,
      n.loadId = $loadId
}
RETURN row.id AS id,
       CASE WHEN previous IS NULL THEN 'created' WHEN previous = row.properties.hash THEN 'unchanged' ELSE 'updated' END
         AS outcome
