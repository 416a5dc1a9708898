// How many events happened per period, per group: per event type ($by = 'type'), per participating actor
// ($by = 'actor'; an event counts once for each of its actors) or all together ($by = null, group 'all').
// Periods start on the first day of the day, ISO week (Monday), month or year ($interval); an event dated only
// to a month or year counts in the period holding its first day. Periods without events are left out here; the API
// adds them with zero counts. Optional filters: dates $from … $to (inclusive), an actor taking part, event types,
// the events' codes (PLOVER categories, a CAMEO code or its start, QuadClasses, Goldstein bounds), the sources
// cited (any of $sources) and the method.
// GET /api/series/events uses this file.
// :param interval => 'year'
// :param by => 'type'
// :param from => date('2019-01-01')
// :param to => date('2023-12-31')
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
WHERE e.date >= coalesce($from, date('-9999-01-01')) AND e.date <= coalesce($to, date('9999-12-31'))
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
UNWIND CASE $by
    WHEN 'type' THEN [e.type]
    WHEN 'actor' THEN COLLECT { MATCH (a:Actor)-[:PARTICIPATED_IN]->(e) RETURN DISTINCT a.id }
    ELSE ['all']
  END AS group
RETURN date.truncate($interval, e.date) AS period, group, count(DISTINCT e) AS count
ORDER BY period, count DESC, group;
