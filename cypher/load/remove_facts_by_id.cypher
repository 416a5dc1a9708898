// Removes facts a streamed full load found missing from its input, with their relationships.
UNWIND $ids AS id
MATCH (n:Fact {id: id})
WITH n, coalesce(n.fact, 'placeholder') AS kind
DETACH DELETE n
RETURN kind, count(*) AS removed
