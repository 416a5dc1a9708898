// The claims of the facts of a dataset, with the relationships each owns: the sources it cites and the actors it is
// attributed to.
// :param dataset => null
MATCH (c:Claim)
WHERE $dataset IS NULL OR c.dataset = $dataset
OPTIONAL MATCH (c)-[r]->(o:Fact)
WHERE r.owner = c.id
WITH c, r, o ORDER BY r.id
RETURN c.about AS about, c AS claim, collect({type: type(r), source: o.id, properties: properties(r)}) AS citations
ORDER BY c.id
