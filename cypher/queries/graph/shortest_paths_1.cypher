// All shortest paths of at most 1 hop(s) between two facts, in either direction, at most $limit of them (ordered by
// the ids along them). Only relationships of the given $types are walked; with $types null every type but CITES
// and HAS_CLAIM is, so paths run through substance rather than through a shared source. One row: the two ids
// (null when a fact does not exist) and the paths (empty when none is that short).
// GET /api/graph/paths?maxHops=1 uses this file; shortest_paths_1 … shortest_paths_6 differ only in the hop bound,
// which Cypher cannot take as a parameter.
// Paths do not pass through hubs, nodes with more than $maxDegree relationships (a country in a million events):
// a path through one says little, and searching through them costs hundreds of thousands of steps. Either end
// may be a hub.
// :param from => 'korea-wto-complaint-ds590'
// :param to => 'japan-export-controls-2019'
// :param types => null
// :param limit => 25
// :param maxDegree => 1000
OPTIONAL MATCH (a:Fact {id: $from})
OPTIONAL MATCH (b:Fact {id: $to})
OPTIONAL CALL (a, b) {
  MATCH p = ALL SHORTEST (a) (()-[r WHERE CASE
      WHEN $types IS NULL THEN NOT type(r) IN ['CITES', 'HAS_CLAIM']
      ELSE type(r) IN $types
    END]-(y) WHERE y = b OR COUNT { (y)--() } <= $maxDegree){0,1} (b)
  RETURN p
  ORDER BY [n IN nodes(p) | n.id], [rel IN relationships(p) | rel.id]
  LIMIT $limit
}
RETURN a.id AS from, b.id AS to, collect(p) AS paths;
