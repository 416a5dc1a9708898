// Every fact (claims aside) with the relationships it owns, in a stable order: the input of an export.
// :param dataset => null   (or a dataset name, e.g. 'seeds')
MATCH (n:Fact)
WHERE NOT n:Claim AND ($dataset IS NULL OR n.dataset = $dataset)
CALL (n) {
  OPTIONAL MATCH (n)-[r]-(other:Fact)
  WHERE r.owner = n.id
  RETURN collect({type: type(r), properties: properties(r), other: other.id}) AS owned
}
RETURN n AS fact, owned
ORDER BY n.fact, n.id
