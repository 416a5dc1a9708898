// Which topics are there? Topics filtered by a broader topic (any level up) and a piece of their name, in name order:
// each with its aliases, description, broader topic, narrower topics and the number of events and measures about it.
// One row with the number of such topics and the requested page.
//
// :params {broader: null, q: null, sources: [], method: null, statuses: ['accepted'], skip: 0, limit: 50}
//   broader      id of a topic the topics are narrower than, at any depth (e.g. 'trade'); null for any
//   q            text to find, case-insensitive, in the name or the aliases; null for any
//   sources      source ids, of which the topic fact must cite one; [] for any
//   method       'curated' or 'extracted'; null for any
//   statuses     review statuses that count: 'accepted' (curated facts have none and count as accepted), 'candidate'
//   skip, limit  the page
MATCH (t:Topic)
WHERE ($broader IS NULL OR EXISTS { (t)-[:BROADER]->{1,5}(:Topic {id: $broader}) })
  AND ($q IS NULL OR any(name IN [t.name] + coalesce(t.aliases, []) WHERE toLower(name) CONTAINS toLower($q)))
  // which facts count: how they were made, which sources they cite, their review status
  AND ($method IS NULL OR t.method = $method)
  AND coalesce(t.status, 'accepted') IN $statuses
  AND (size($sources) = 0 OR any(source IN t.sources WHERE source IN $sources))
WITH t ORDER BY t.name, t.id
WITH collect(t) AS rows
RETURN size(rows) AS total,
       [t IN rows[$skip..$skip + $limit] | {
         id: t.id, name: t.name, aliases: coalesce(t.aliases, []), description: t.description,
         broader: COLLECT { MATCH (t)-[:BROADER]->(b:Topic) RETURN {id: b.id, name: b.name} }[0],
         narrower: COLLECT { MATCH (t)<-[:BROADER]-(n:Topic) RETURN {id: n.id, name: n.name} ORDER BY n.name },
         events: COUNT { (t)<-[:ABOUT]-(e:Event) WHERE coalesce(e.status, 'accepted') IN $statuses },
         measures: COUNT { (t)<-[:ABOUT]-(m:Measure) WHERE coalesce(m.status, 'accepted') IN $statuses }
       }] AS items
