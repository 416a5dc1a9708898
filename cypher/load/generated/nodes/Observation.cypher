// Generated from cypher/load/templates/nodes.cypher by LoadQueryFilesTests; edit the template.
// Creates or replaces Observation facts by their stable id. Labels are reset too, so a fact whose kind changed
// (a person re-filed as a group) does not keep its old label. firstLoaded survives every rewrite.
// Returns the ids of facts that were already in the graph, complete, when this transaction locked them: their
// relationships are merged, those of the others created.
UNWIND $rows AS row
MERGE (n:Fact {id: row.id})
WITH n, row, n.hash AS previous, coalesce(n.firstLoaded, $now) AS firstLoaded
REMOVE n:Source:Actor:Place:Topic:Measure:Event:Claim:Country:Person:GovernmentBody:Party:Company:InternationalOrganisation:Media:ResearchBody:Group
SET n = row.properties,
    n:Observation,
    n.firstLoaded = firstLoaded,
    n.lastChanged = $now,
    n.loadId = $loadId
WITH row, previous
WHERE previous IS NOT NULL
RETURN row.id AS id
