// The benchmark's baseline: nodes as anyone would write them by hand, plain UNWIND and MERGE on the id.
// __LABELS__ is filled from the fixed list of labels of the graph model, never from input.
UNWIND $rows AS row
MERGE (n:Fact {id: row.id})
SET n = row.properties,
    n:__LABELS__,
    n.firstLoaded = $now,
    n.lastChanged = $now,
    n.loadId = $loadId
