// Creates or replaces __LABELS__ facts by their stable id. Labels are reset too, so a fact whose kind changed
// (a person re-filed as a group) does not keep its old label. firstLoaded survives every rewrite.
// Returns the ids of facts that were already in the graph, complete, when this transaction locked them: their
// relationships are merged, those of the others created.
UNWIND $rows AS row
MERGE (n:Fact {id: row.id})
WITH n, row, n.hash AS previous, coalesce(n.firstLoaded, $now) AS firstLoaded
REMOVE n:__OTHER_LABELS__
SET n = row.properties,
    n:__LABELS__,
    n.firstLoaded = firstLoaded,
    n.lastChanged = $now,
    n.loadId = $loadId
WITH row, previous
WHERE previous IS NOT NULL
RETURN row.id AS id
