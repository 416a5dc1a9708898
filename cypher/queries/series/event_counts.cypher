// How many events happened per period, per group: per event type ($by = 'type'), per participating actor
// ($by = 'actor'; an event counts once for each of its actors) or all together ($by = null, group 'all').
// Periods start on the first day of the day, ISO week (Monday), month or year ($interval); an event dated only
// to a month or year counts in the period holding its first day. Periods without events are left out.
// Optional filters: dates $from … $to (inclusive), an actor taking part, event types.
// GET /api/series/events uses this file.
// :param interval => 'year'
// :param by => 'type'
// :param from => date('2019-01-01')
// :param to => date('2023-12-31')
// :param actor => null
// :param types => null
MATCH (e:Event)
WHERE e.date >= coalesce($from, date('-9999-01-01')) AND e.date <= coalesce($to, date('9999-12-31'))
  AND ($types IS NULL OR e.type IN $types)
  AND ($actor IS NULL OR EXISTS { (:Actor {id: $actor})-[:PARTICIPATED_IN]->(e) })
UNWIND CASE $by
    WHEN 'type' THEN [e.type]
    WHEN 'actor' THEN COLLECT { MATCH (a:Actor)-[:PARTICIPATED_IN]->(e) RETURN DISTINCT a.id }
    ELSE ['all']
  END AS group
RETURN date.truncate($interval, e.date) AS period, group, count(DISTINCT e) AS count
ORDER BY period, count DESC, group;
