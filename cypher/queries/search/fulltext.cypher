// Facts whose name, aliases, title, summary or description match a Lucene query on the fact_text index, best
// first, optionally of one kind (actor | place | topic | measure | event | source), at most $limit of them.
// GET /api/search builds $query from what the user typed (see SearchText): every word on every field, names and
// aliases boosted, long words fuzzy (~1, ~2) so small typos still match.
// :param query => 'name:(kishda~1)^3 OR aliasText:(kishda~1)^3 OR title:(kishda~1) OR summary:(kishda~1) OR description:(kishda~1)'
// :param kind => null
// :param limit => 20
CALL db.index.fulltext.queryNodes('fact_text', $query) YIELD node, score
WHERE $kind IS NULL OR node.fact = $kind
RETURN node.id AS id, node.fact AS kind, labels(node) AS labels, coalesce(node.name, node.title) AS name,
       coalesce(node.summary, node.description) AS summary, score
ORDER BY score DESC, id
LIMIT $limit;
