// The claims of the facts of a dataset, with the sources each cites.
// :param dataset => null
MATCH (c:Claim)
WHERE $dataset IS NULL OR c.dataset = $dataset
OPTIONAL MATCH (c)-[r:CITES]->(s:Source)
WITH c, r, s ORDER BY r.id
RETURN c.about AS about, c AS claim, collect({source: s.id, properties: properties(r)}) AS citations
ORDER BY c.id
