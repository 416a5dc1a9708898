// Facts whose name, aliases, native spellings, title, summary, description or poll question match a Lucene query on
// the fact_search index (CJK analyzer: hangul and kanji as pairs of characters, Latin text as words), best first,
// optionally of one kind (actor | place | topic | measure | event | observation | source), at most $limit of them,
// each with the names it is known by. GET /api/search builds $query from what the user typed (see SearchText) and
// ranks these candidates: a name equal to what was typed first, then one starting with it, then the rest.
// :param query => 'name:(yoon yoon*)^3 OR aliasText:(yoon yoon*)^3 OR title:(yoon) OR summary:(yoon) OR description:(yoon) OR question:(yoon)'
// :param kind => null
// :param limit => 60
// :param statuses => ['accepted']
CALL db.index.fulltext.queryNodes('fact_search', $query, {limit: $limit * 4}) YIELD node, score
WHERE ($kind IS NULL OR node.fact = $kind)
  // which facts count: their review status
  AND coalesce(node.status, 'accepted') IN $statuses
RETURN node.id AS id, node.fact AS kind, labels(node) AS labels, coalesce(node.name, node.title) AS name,
       coalesce(node.summary, node.description, node.question) AS summary, score,
       [node.name, node.title] + coalesce(node.aliases, []) + [key IN keys(node) WHERE key STARTS WITH 'name_' | node[key]]
         AS names
ORDER BY score DESC, id
LIMIT $limit;
