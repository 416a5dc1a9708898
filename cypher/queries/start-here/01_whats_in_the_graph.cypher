// Start here: what the graph holds, by kind of fact.
// No parameters.
MATCH (n:Fact)
RETURN n.fact AS kind, count(*) AS facts, collect(n.id)[..5] AS examples
ORDER BY facts DESC
