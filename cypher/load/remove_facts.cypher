// A full load of a dataset removes its facts that are no longer in the files, with their relationships.
// Facts of other datasets (extracted ones, other folders) are never touched.
MATCH (n:Fact {dataset: $dataset})
WHERE NOT n.id IN $keep
WITH n, coalesce(n.fact, 'placeholder') AS kind
DETACH DELETE n
RETURN kind, count(*) AS removed
