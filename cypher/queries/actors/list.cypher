// Which actors are there? Actors filtered by kind, country and a piece of their name, in name order, one page
// at a time. Answers with one row: the number of matching actors and the requested page of them.
//
// :params {kind: null, country: null, q: null, sources: [], method: null, statuses: ['accepted'], skip: 0, limit: 50}
//   kind     country | person | government_body | party | company | international_organisation | media
//            | research_body | group; null for any
//   country  id of the country actor an actor belongs to (e.g. 'japan'); null for any
//   q        text to find, case-insensitive, in the name, the aliases or a native spelling; null for any
//   sources  source ids, of which the actor fact must cite one; [] for any
//   method   'curated' or 'extracted'; null for any
//   statuses review statuses that count: 'accepted' (curated facts have none and count as accepted), 'candidate'
//   skip, limit  the page
MATCH (a:Actor)
WHERE ($kind IS NULL OR a.kind = $kind)
  AND ($country IS NULL OR a.country = $country)
  AND ($q IS NULL OR any(name IN [a.name] + coalesce(a.aliases, []) + [k IN keys(a) WHERE k STARTS WITH 'name_' | a[k]]
                         WHERE toLower(name) CONTAINS toLower($q)))
  // which facts count: how they were made, which sources they cite, their review status
  AND ($method IS NULL OR a.method = $method)
  AND coalesce(a.status, 'accepted') IN $statuses
  AND (size($sources) = 0 OR any(source IN a.sources WHERE source IN $sources))
WITH a ORDER BY a.name, a.id
WITH count(a) AS total, collect(a)[$skip..$skip + $limit] AS page
RETURN total,
       [a IN page | {id: a.id, name: a.name, kind: a.kind, country: a.country, aliases: coalesce(a.aliases, [])}] AS items
