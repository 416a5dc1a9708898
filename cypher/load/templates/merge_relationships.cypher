// Creates or updates the __TYPE__ relationships of changed facts by their stable id. Every property the type can
// have is set, so one the fact no longer gives is removed; setting a property to the value it has writes nothing.
// (Whether anything changed is the owner's content hash's business: only facts whose hash differs get here.)
// A statement per type: Cypher plans a fixed type far better than a dynamic one here ($(row.type) would scan every
// relationship of the type to merge one). Its plan does not change with the statistics, so it is not made again.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:Fact {id: row.from})
MATCH (b:Fact {id: row.to})
MERGE (a)-[r:__TYPE__ {id: row.id}]->(b)
SET __SET_PROPERTIES__
RETURN count(r) AS written
