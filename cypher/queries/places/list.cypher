// Which places are there? Places filtered by kind, the country they lie in, an enclosing place (any level up) and a
// piece of their name, in name order: each with its names, coordinates, country, claimants (for disputed places),
// the place it lies within and the number of events held there. One row with the number of such places and the
// requested page.
//
// :params {kind: null, country: null, within: null, q: null, sources: [], method: null, statuses: ['accepted'], skip: 0, limit: 50}
//   kind         country | city | region | islands | sea | strait | site; null for any
//   country      id of the country a place lies in (e.g. 'south-korea'); null for any
//   within       id of a place the places lie within, at any depth (e.g. 'sea-of-japan'); null for any
//   q            text to find, case-insensitive, in the name, the aliases or a native spelling; null for any
//   sources      source ids, of which the place fact must cite one; [] for any
//   method       'curated' or 'extracted'; null for any
//   statuses     review statuses that count: 'accepted' (curated facts have none and count as accepted), 'candidate'
//   skip, limit  the page
MATCH (p:Place)
WHERE ($kind IS NULL OR p.kind = $kind)
  AND ($country IS NULL OR EXISTS { (p)-[:IN_COUNTRY]->(:Actor {id: $country}) })
  AND ($within IS NULL OR EXISTS { (p)-[:WITHIN]->{1,5}(:Place {id: $within}) })
  AND ($q IS NULL OR any(name IN [p.name] + coalesce(p.aliases, []) + [k IN keys(p) WHERE k STARTS WITH 'name_' | p[k]]
                         WHERE toLower(name) CONTAINS toLower($q)))
  // which facts count: how they were made, which sources they cite, their review status
  AND ($method IS NULL OR p.method = $method)
  AND coalesce(p.status, 'accepted') IN $statuses
  AND (size($sources) = 0 OR any(source IN p.sources WHERE source IN $sources))
WITH p ORDER BY p.name, p.id
WITH collect(p) AS rows
RETURN size(rows) AS total,
       [p IN rows[$skip..$skip + $limit] | {
         id: p.id, name: p.name, kind: p.kind, aliases: coalesce(p.aliases, []),
         nativeNames: [key IN keys(p) WHERE key STARTS WITH 'name_' | {language: substring(key, 5), name: p[key]}],
         description: p.description, latitude: p.latitude, longitude: p.longitude,
         country: COLLECT { MATCH (p)-[:IN_COUNTRY]->(c:Actor) RETURN {id: c.id, name: c.name, kind: c.kind} }[0],
         claimants: COLLECT {
           MATCH (p)-[:CLAIMED_BY]->(c:Actor) RETURN {id: c.id, name: c.name, kind: c.kind} ORDER BY c.name
         },
         within: COLLECT { MATCH (p)-[:WITHIN]->(w:Place) RETURN {id: w.id, name: w.name, kind: w.kind} }[0],
         events: COUNT { (p)<-[:AT]-(e:Event) WHERE coalesce(e.status, 'accepted') IN $statuses }
       }] AS items
