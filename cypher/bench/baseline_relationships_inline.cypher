// The benchmark's stronger baseline: as baseline_relationships, with every property named in the CREATE (as the
// loader's own queries do), which spares Cypher from buffering all rows before it sets a map of properties.
UNWIND $rows AS row
MATCH (a:Fact {id: row.from})
MATCH (b:Fact {id: row.to})
CREATE (a)-[r:__TYPE__ {__PROPERTIES__}]->(b)
