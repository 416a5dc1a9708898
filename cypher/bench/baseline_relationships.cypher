// The benchmark's baseline: relationships as anyone would write them by hand into a graph that has the nodes,
// plain UNWIND, MATCH both ends, CREATE. __TYPE__ is filled from the fixed list of types of the graph model.
UNWIND $rows AS row
MATCH (a:Fact {id: row.from})
MATCH (b:Fact {id: row.to})
CREATE (a)-[r:__TYPE__]->(b)
SET r = row.properties
