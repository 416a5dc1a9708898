// Start here: on whose word — the sources behind one fact, with where in each source to look, and any
// claims on which the sources disagree.
// :param id => '2023-03-16-tokyo-summit'
MATCH (f:Fact {id: $id})
OPTIONAL MATCH (f)-[c:CITES]->(s:Source)
WITH f, collect({source: s.title, publisher: s.publisher, published: s.published, locator: c.locator}) AS sources
OPTIONAL MATCH (f)-[:HAS_CLAIM]->(claim:Claim)
RETURN f.id AS fact, f.method AS method, f.confidence AS confidence, sources,
       collect({field: claim.field, value: claim.value, rank: claim.rank}) AS claims
