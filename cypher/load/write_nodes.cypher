// Creates or replaces fact nodes by their stable id. Labels are reset too, so a fact whose kind changed
// (a person re-filed as a group) does not keep its old label. firstLoaded survives every rewrite.
UNWIND $rows AS row
MERGE (n:Fact {id: row.id})
WITH n, row, coalesce(n.firstLoaded, $now) AS firstLoaded, [l IN labels(n) WHERE l <> 'Fact'] AS oldLabels
REMOVE n:$(oldLabels)
SET n = row.properties,
    n:$(row.labels),
    n.firstLoaded = firstLoaded,
    n.lastChanged = $now,
    n.loadId = $loadId
