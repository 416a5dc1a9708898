// events/list.cypher for when actors are named: the same filters and answer, but it starts from the first actor's
// events instead of the period, which is faster unless that actor took part in a large share of all events.
// Events in date order, filtered by type, period, the actors involved (all of them), place, topic, confidence,
// codes, sources and method. One row with the number of matching events and the requested page, each event with its
// participants and their roles. An event is within the period when the days it covers overlap it; a place includes
// the places within it and a topic its narrower topics.
//
// :params {types: [], from: null, to: null, actors: ['fumio-kishida', 'yoon-suk-yeol'], place: null, topic: null, minConfidence: null, plovers: [], cameo: null, quadClasses: [], minGoldstein: null, maxGoldstein: null, sources: [], method: null, statuses: ['accepted'], skip: 0, limit: 50}
//   types          event types (vocabulary ids such as 'summit'); [] for any
//   from, to       dates (e.g. date('2023-01-01'), date('2023-12-31')); null for open-ended
//   actors         actor ids that must all take part; at least one
//   place, topic   a place id, a topic id; null for any
//   minConfidence  0..1; null for any
//   plovers        PLOVER categories (e.g. 'SANCTION'); [] for any
//   cameo          a CAMEO code or its start (e.g. '03'); null for any
//   quadClasses    CAMEO QuadClasses 1..4; [] for any
//   minGoldstein, maxGoldstein  bounds of the Goldstein score; null for open
//   sources        source ids, of which the event must cite one; [] for any
//   method         'curated' or 'extracted'; null for any
//   statuses       review statuses that count: 'accepted' (curated facts have none and count as accepted), 'candidate'
//   skip, limit    the page
MATCH (:Actor {id: $actors[0]})-[:PARTICIPATED_IN]->(e:Event)
WITH DISTINCT e
WHERE (size($types) = 0 OR e.type IN $types)
  AND ($from IS NULL OR e.dateEnd >= $from)
  AND ($to IS NULL OR e.date <= $to)
  AND ($minConfidence IS NULL OR e.confidence >= $minConfidence)
  AND all(actor IN $actors WHERE EXISTS { (:Actor {id: actor})-[:PARTICIPATED_IN]->(e) })
  AND ($place IS NULL OR EXISTS { (e)-[:AT]->(:Place)-[:WITHIN*0..5]->(:Place {id: $place}) })
  AND ($topic IS NULL OR EXISTS { (e)-[:ABOUT]->(:Topic)-[:BROADER*0..5]->(:Topic {id: $topic}) })
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
WITH e ORDER BY e.date, e.dateEnd, e.id
WITH count(e) AS total, collect(e)[$skip..$skip + $limit] AS page
RETURN total,
       [e IN page | {
         id: e.id, date: e.date, datePrecision: e.datePrecision, dateText: e.dateText, endDate: e.endDate,
         type: e.type, title: e.title, plover: e.plover, mode: e.mode, cameo: e.cameo, quadClass: e.quadClass,
         goldstein: e.goldstein, confidence: e.confidence, method: e.method,
         place: COLLECT { MATCH (e)-[:AT]->(p:Place) RETURN p.id }[0],
         participants: COLLECT {
           MATCH (a:Actor)-[p:PARTICIPATED_IN]->(e)
           RETURN {id: a.id, name: a.name, kind: a.kind, role: p.role} ORDER BY a.name, p.role
         }
       }] AS items
