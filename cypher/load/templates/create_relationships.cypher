// Creates the relationships of facts that were not in the graph before this load: they can have none yet, so there
// is nothing to merge with. One statement for every type (the type comes from the model, never from input), planned
// once rather than once per type. Properties are named one by one (a whole map would make Cypher buffer every row
// first): __PROPERTIES__ names every property any type can have; a row gives those of its own type (its own and its
// owner's id), and one it does not give is null, which CREATE does not store. Its provenance and load times are its
// owner's, kept on the owner's node only. The plan (two seeks on the unique Fact.id) is the only sensible one
// whatever the statistics, so it is not made again as the store grows.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:Fact {id: row.from})
MATCH (b:Fact {id: row.to})
CREATE (a)-[r:$(row.type) {__PROPERTIES__}]->(b)
RETURN count(r) AS written
