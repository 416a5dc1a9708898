// Generated from cypher/load/templates/create_relationships.cypher by LoadQueryFilesTests; edit the template.
// Creates the HELD_OFFICE relationships of facts that were not in the graph before this load: they can have none
// yet, so there is nothing to merge with. Properties are named one by one (a whole map would make Cypher
// buffer every row first); the generator lists every property the type can have.
UNWIND $rows AS row
MATCH (a:Fact {id: row.from})
MATCH (b:Fact {id: row.to})
CREATE (a)-[r:HELD_OFFICE {id: row.id, owner: row.owner, sources: row.sources, method: row.method, confidence: row.confidence, dataset: row.dataset, hash: row.hash, role: row.role, title: row.title, start: row.start, startPrecision: row.startPrecision, end: row.end, endPrecision: row.endPrecision, firstLoaded: $now, lastChanged: $now, loadId: $loadId}]->(b)
RETURN count(r) AS written
