// The hash, dataset and kind of every fact the graph already holds among $ids: what a load compares against, and
// whose facts it would change (a placeholder of a streamed load has no kind yet and belongs to no one).
UNWIND $ids AS id
MATCH (n:Fact {id: id})
RETURN n.id AS id, n.hash AS hash, n.dataset AS dataset, n.fact AS kind
