// The hash and dataset of every fact the graph already holds among $ids: what a load compares against.
UNWIND $ids AS id
MATCH (n:Fact {id: id})
RETURN n.id AS id, n.hash AS hash, n.dataset AS dataset
