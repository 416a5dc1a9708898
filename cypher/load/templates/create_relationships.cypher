// Creates the __TYPE__ relationships of facts that were not in the graph before this load: they can have none
// yet, so there is nothing to merge with. Properties are named one by one (a whole map would make Cypher
// buffer every row first); the generator lists every property the type can have: its own and its owner's id.
// Its provenance and load times are its owner's, kept on the owner's node only.
UNWIND $rows AS row
MATCH (a:Fact {id: row.from})
MATCH (b:Fact {id: row.to})
CREATE (a)-[r:__TYPE__ {__PROPERTIES__}]->(b)
RETURN count(r) AS written
