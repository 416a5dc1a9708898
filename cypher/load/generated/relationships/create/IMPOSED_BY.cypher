// Generated from cypher/load/templates/create_relationships.cypher by LoadQueryFilesTests; edit the template.
// Creates the IMPOSED_BY relationships of facts that were not in the graph before this load: they can have none
// yet, so there is nothing to merge with. Properties are named one by one (a whole map would make Cypher
// buffer every row first); the generator lists every property the type can have.
UNWIND $rows AS row
MATCH (a:Fact {id: row.from})
MATCH (b:Fact {id: row.to})
CREATE (a)-[r:IMPOSED_BY {id: row.id, owner: row.owner, sources: row.sources, method: row.method, confidence: row.confidence, dataset: row.dataset, hash: row.hash, firstLoaded: $now, lastChanged: $now, loadId: $loadId}]->(b)
RETURN count(r) AS written
