// A cooperation index per period: of the events with a Goldstein score (interactions between actors; polls,
// inaugurations and the like have none), how many there were, their mean score (-10 conflict … +10 cooperation,
// rounded to 3 decimals) and how many fell in each CAMEO QuadClass (1 verbal cooperation, 2 material cooperation,
// 3 verbal conflict, 4 material conflict). Periods as in event_counts.cypher; periods without events are left out
// here (the API adds them with no mean). Optional filters as in event_counts.cypher.
// GET /api/series/cooperation uses this file.
// :param interval => 'year'
// :param from => null
// :param to => null
// :param actor => null
// :param types => []
// :param plovers => []
// :param cameo => null
// :param quadClasses => []
// :param minGoldstein => null
// :param maxGoldstein => null
// :param sources => []
// :param method => null
// :param statuses => ['accepted']
MATCH (e:Event)
WHERE e.goldstein IS NOT NULL
  AND e.date >= coalesce($from, date('-9999-01-01')) AND e.date <= coalesce($to, date('9999-12-31'))
  AND ($actor IS NULL OR EXISTS { (:Actor {id: $actor})-[:PARTICIPATED_IN]->(e) })
  AND (size($types) = 0 OR e.type IN $types)
  // the event's codes in the event-data standards
  AND (size($plovers) = 0 OR e.plover IN $plovers)
  AND ($cameo IS NULL OR e.cameo STARTS WITH $cameo)
  AND (size($quadClasses) = 0 OR e.quadClass IN $quadClasses)
  AND ($minGoldstein IS NULL OR e.goldstein >= $minGoldstein)
  AND ($maxGoldstein IS NULL OR e.goldstein <= $maxGoldstein)
  // which facts count: how they were made, which sources they cite, their review status
  AND ($method IS NULL OR e.method = $method)
  AND coalesce(e.status, 'accepted') IN $statuses
  AND (size($sources) = 0 OR any(source IN e.sources WHERE source IN $sources))
WITH date.truncate($interval, e.date) AS period, e
RETURN period, count(e) AS events, round(avg(e.goldstein), 3) AS goldsteinMean,
       count(CASE WHEN e.quadClass = 1 THEN e END) AS quad1,
       count(CASE WHEN e.quadClass = 2 THEN e END) AS quad2,
       count(CASE WHEN e.quadClass = 3 THEN e END) AS quad3,
       count(CASE WHEN e.quadClass = 4 THEN e END) AS quad4
ORDER BY period;
