// Creates or updates the relationships of changed facts by their stable id; unchanged ones keep their timestamps.
UNWIND $rows AS row
MATCH (a:Fact {id: row.from})
MATCH (b:Fact {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
WITH r, row, coalesce(r.firstLoaded, $now) AS firstLoaded
WHERE r.hash IS NULL OR r.hash <> row.properties.hash
SET r = row.properties,
    r.firstLoaded = firstLoaded,
    r.lastChanged = $now,
    r.loadId = $loadId
RETURN count(r) AS written
