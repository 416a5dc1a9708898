// Creates or updates the __TYPE__ relationships of changed facts by their stable id; unchanged ones keep their
// timestamps. Every property the type can have is set, so one the fact no longer gives is removed.
UNWIND $rows AS row
MATCH (a:Fact {id: row.from})
MATCH (b:Fact {id: row.to})
MERGE (a)-[r:__TYPE__ {id: row.id}]->(b)
WITH r, row
WHERE r.hash IS NULL OR r.hash <> row.hash
SET r.firstLoaded = coalesce(r.firstLoaded, $now),
    __SET_PROPERTIES__,
    r.lastChanged = $now,
    r.loadId = $loadId
RETURN count(r) AS written
