// One page of the export: the facts (claims aside) after $after in id order, each with the relationships it owns
// and its claims with their citations, everything in a stable order. Keyset paging on the id (the fact_id
// constraint's index gives the order), so each page is a read transaction of its own and no fact comes twice.
// :param dataset => null   (or a dataset name, e.g. 'seeds')
// :param after => ''
// :param size => 1000
MATCH (n:Fact)
WHERE n.id > $after AND n.fact IS NOT NULL AND NOT n:Claim AND ($dataset IS NULL OR n.dataset = $dataset)
WITH n ORDER BY n.id LIMIT $size
CALL (n) {
  OPTIONAL MATCH (n)-[r]-(other:Fact)
  WHERE r.owner = n.id
  WITH r, other ORDER BY r.id
  RETURN collect({type: type(r), properties: properties(r), other: other.id}) AS owned
}
CALL (n) {
  OPTIONAL MATCH (n)-[:HAS_CLAIM]->(c:Claim)
  CALL (c) {
    // what the claim owns: the sources it cites and the actors it is attributed to
    OPTIONAL MATCH (c)-[r:CITES|ATTRIBUTED_TO]->(s:Fact)
    WITH r, s ORDER BY r.id
    RETURN collect({type: type(r), source: s.id, properties: properties(r)}) AS citations
  }
  WITH c, citations ORDER BY c.id
  RETURN collect({claim: c, citations: citations}) AS claims
}
RETURN n AS fact, owned, claims
ORDER BY n.id
