// The neighbourhood of one fact: every node at most 3 hop(s) away, nearest first (ties by id), at most $limit of
// them besides the start, with every relationship among the nodes found. Sources and claims ("citation noise")
// are passed over unless $includeSources is true. GET /api/graph/neighborhood/{id}?depth=3 uses this file;
// neighborhood_1 … neighborhood_3 differ only in the hop bound, which Cypher cannot take as a parameter.
// :param id => '2023-03-16-tokyo-summit'
// :param limit => 100
// :param includeSources => false
MATCH (start:Fact {id: $id})
OPTIONAL CALL (start) {
  MATCH p = ANY SHORTEST (start) (()--(x WHERE $includeSources OR NOT (x:Source OR x:Claim))){1,3} (n)
  WHERE n <> start
  RETURN n, length(p) AS distance
  ORDER BY distance, n.id
  LIMIT $limit
}
WITH start, collect(n) AS found
WITH [start] + found AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN nodes
  RETURN collect(r) AS edges
}
RETURN nodes, edges;
