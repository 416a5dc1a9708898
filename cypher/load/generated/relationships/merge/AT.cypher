// Generated from cypher/load/templates/merge_relationships.cypher by LoadQueryFilesTests; edit the template.
// Creates or updates the AT relationships of changed facts by their stable id; unchanged ones keep their
// timestamps. Every property the type can have is set, so one the fact no longer gives is removed.
UNWIND $rows AS row
MATCH (a:Fact {id: row.from})
MATCH (b:Fact {id: row.to})
MERGE (a)-[r:AT {id: row.id}]->(b)
WITH r, row
WHERE r.hash IS NULL OR r.hash <> row.hash
SET r.firstLoaded = coalesce(r.firstLoaded, $now),
    r.id = row.id,
    r.owner = row.owner,
    r.sources = row.sources,
    r.method = row.method,
    r.confidence = row.confidence,
    r.dataset = row.dataset,
    r.hash = row.hash,
    r.lastChanged = $now,
    r.loadId = $loadId
RETURN count(r) AS written
