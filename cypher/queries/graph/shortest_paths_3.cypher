// The shortest paths of at most 3 hop(s) between two facts, in either direction: up to 500 of them, shortest
// first (then by the ids along them), of which the first $limit are returned. A path never visits a node twice; from
// a fact to itself there is only the path of no hops. Only relationships of the given $types are walked; with $types
// null every type but CITES and HAS_CLAIM is, so paths run through substance rather than through a shared source —
// except that a source or a claim at either end is reached through its own CITES or HAS_CLAIM relationship. One row:
// the two ids (null when a fact does not exist) and the paths (empty when none is that short).
// GET /api/graph/paths?maxHops=3 uses this file; shortest_paths_1 … shortest_paths_6 differ only in the hop bound,
// which Cypher cannot take as a parameter (nor the 500, which is the most paths the API returns).
// Paths do not pass through hubs, nodes with more than $maxDegree relationships (a country in a million events):
// a path through one says little, and searching through them costs hundreds of thousands of steps. Either end
// may be a hub. Nor do they pass through mentions (evidence, like sources) or facts whose review status is not in
// $statuses (the extractor's candidates, by default).
// :param from => 'korea-wto-complaint-ds590'
// :param to => 'japan-export-controls-2019'
// :param types => null
// :param limit => 25
// :param maxDegree => 1000
// :param statuses => ['accepted']
OPTIONAL MATCH (a:Fact {id: $from})
OPTIONAL MATCH (b:Fact {id: $to})
OPTIONAL CALL (a, b) {
  WITH a, b WHERE a <> b
  MATCH p = SHORTEST 500 ((a) (()-[r WHERE
      CASE WHEN $types IS NULL THEN NOT type(r) IN ['CITES', 'HAS_CLAIM'] ELSE type(r) IN $types END
      OR (type(r) IN ['CITES', 'HAS_CLAIM']
          AND ((a:Source|Claim AND a IN [startNode(r), endNode(r)]) OR (b:Source|Claim AND b IN [startNode(r), endNode(r)])))
    ]-(y) WHERE y = b OR (COUNT { (y)--() } <= $maxDegree AND NOT y:Mention
      AND coalesce(y.status, 'accepted') IN $statuses)){0,3} (b)
    WHERE NOT a IN y[..-1] AND all(i IN range(0, size(y) - 2) WHERE NOT y[i] IN y[i + 1..]))
  RETURN p
  ORDER BY length(p), [n IN nodes(p) | n.id], [rel IN relationships(p) | rel.id]
  LIMIT $limit
UNION
  WITH a, b WHERE a = b
  MATCH p = (a)
  RETURN p
}
RETURN a.id AS from, b.id AS to, collect(p) AS paths;
