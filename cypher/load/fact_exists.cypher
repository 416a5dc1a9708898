// Whether a fact with this id is already in the graph (loaded earlier or from another dataset).
OPTIONAL MATCH (n:Fact {id: $id})
RETURN n IS NOT NULL AS exists
