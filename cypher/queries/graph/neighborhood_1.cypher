// The neighbourhood of one fact: nodes at most 1 hop(s) away, nearest first, at most $limit of them besides
// the start, with every relationship among the nodes found. Sources, claims and mentions ("citation noise") are
// passed over unless $includeSources is true, and facts whose review status is not in $statuses always. GET /api/graph/neighborhood/{id}?depth=1 uses this file; neighborhood_1 …
// neighborhood_3 differ only in the number of hops, which Cypher cannot take as a parameter.
// The work is bounded whatever the degrees: a hop reads at most 2 × $limit + 1 neighbours of each node, in the
// order the store keeps them, so a country with 100,000 events costs no more than a person with ten. When a hop
// reaches more nodes than the limit leaves room for, the first by id among those read are kept.
// :param id => '2023-03-16-tokyo-summit'
// :param limit => 100
// :param includeSources => false
// :param statuses => ['accepted']
MATCH (start:Fact {id: $id})
CALL (start) {
  OPTIONAL MATCH (start)--(n)
  WHERE n <> start AND ($includeSources OR NOT (n:Source OR n:Claim OR n:Mention))
    AND coalesce(n.status, 'accepted') IN $statuses
  WITH DISTINCT n
  LIMIT $limit
  WITH n ORDER BY n.id
  RETURN collect(n) AS hop1
}
WITH [start] + hop1 AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  UNWIND nodes AS b
  MATCH (a)-[r]->(b)
  // in a stable order, so that the same neighbourhood is the same answer whatever else the store holds
  WITH r ORDER BY r.id
  RETURN collect(r) AS edges
}
RETURN nodes, edges;
