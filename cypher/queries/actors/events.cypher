// What did this actor take part in? Its events in date order, optionally of some types, within a period and with
// some codes, with the roles it had in each and the event's codes. One row with the number of matching events and
// the requested page; no row when there is no actor with that id. An event is within the period when the days it
// covers overlap it.
//
// :params {id: 'fumio-kishida', types: [], from: null, to: null, plovers: [], cameo: null, quadClasses: [], minGoldstein: null, maxGoldstein: null, sources: [], method: null, statuses: ['accepted'], skip: 0, limit: 50}
//   types        event types (vocabulary ids such as 'summit'); [] for any
//   from, to     dates (e.g. date('2023-01-01'), date('2023-12-31')); null for open-ended
//   plovers      PLOVER categories (e.g. 'CONSULT'); [] for any
//   cameo        a CAMEO code or its start (e.g. '04'); null for any
//   quadClasses  CAMEO QuadClasses 1..4; [] for any
//   minGoldstein, maxGoldstein  bounds of the Goldstein score; null for open
//   sources      source ids, of which the event must cite one; [] for any
//   method       'curated' or 'extracted'; null for any
//   statuses     review statuses that count: 'accepted' (curated facts have none and count as accepted), 'candidate'
//   skip, limit  the page
MATCH (a:Actor {id: $id})
OPTIONAL MATCH (a)-[p:PARTICIPATED_IN]->(e:Event)
  WHERE (size($types) = 0 OR e.type IN $types)
    AND ($from IS NULL OR e.dateEnd >= $from)
    AND ($to IS NULL OR e.date <= $to)
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
WITH a, e, collect(p.role) AS roles
ORDER BY e.date, e.dateEnd, e.id
WITH a, count(e) AS total, collect(CASE WHEN e IS NULL THEN NULL ELSE {event: e, roles: roles} END) AS rows
RETURN total,
       [row IN rows[$skip..$skip + $limit] |
         {id: row.event.id, date: row.event.date, datePrecision: row.event.datePrecision,
          dateText: row.event.dateText, endDate: row.event.endDate, type: row.event.type, title: row.event.title,
          plover: row.event.plover, cameo: row.event.cameo, quadClass: row.event.quadClass,
          goldstein: row.event.goldstein, roles: row.roles}] AS items
