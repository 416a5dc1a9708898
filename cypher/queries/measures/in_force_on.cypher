// Where did each measure stand on a day? The answer of status_on.cypher for the default review statuses (curated
// and accepted facts), read from the status periods the loader keeps (cypher/load/measure_periods.cypher) rather
// than worked out from every measure's history: with inForceOnly, the periods holding the day that are in force are
// found by one index seek, and filtered, counted and ordered by the copies they keep of their measure's name,
// kind, method, review status and sources, so only the page of measures is read; otherwise every
// measure is listed and only the page looks its period up.
// Same rows as status_on.cypher: every measure (or only those in force, status in_force or terminating) with its
// status that day, the change that put it there, the change that first put it in force, and who imposes it, whom it
// targets and who is party to it. One row with the number of such measures and the requested page, in name order.
//
// :params {on: date('2021-06-01'), inForceOnly: true, kind: null, sources: [], method: null, statuses: ['accepted'], skip: 0, limit: 50}
//   on, inForceOnly, kind, sources, method, skip, limit   as in status_on.cypher
//   statuses     ['accepted'] only: the periods count curated and accepted facts (status_on.cypher answers the rest)
CALL () {
  // the periods carry their measure's name and what the filters ask, so count and order never leave them
  WITH 1 AS held WHERE $inForceOnly
  // one seek of the index on (inForce, review, from, until, name, measure), which also gives the name and the id
  // to order by: the store is read only for a filter asked for
  MATCH (p:MeasurePeriod)
  WHERE p.inForce = true AND p.review IN $statuses AND p.from <= $on AND p.until > $on
    AND p.name IS NOT NULL AND p.measure IS NOT NULL
    AND ($kind IS NULL OR p.kind = $kind)
    AND ($method IS NULL OR p.method = $method)
    AND (size($sources) = 0 OR any(source IN p.sources WHERE source IN $sources))
  RETURN p.measure AS id, p.name AS name, p
UNION
  WITH 1 AS held WHERE NOT $inForceOnly
  MATCH (m:Measure)
  WHERE ($kind IS NULL OR m.kind = $kind)
    // which facts count: how they were made, which sources they cite, their review status
    AND ($method IS NULL OR m.method = $method)
    AND coalesce(m.status, 'accepted') IN $statuses
    AND (size($sources) = 0 OR any(source IN m.sources WHERE source IN $sources))
  RETURN m.id AS id, m.name AS name, null AS p
}
WITH id, p ORDER BY name, id
WITH collect({id: id, period: p}) AS matching
CALL (matching) {
  WITH matching[$skip..$skip + $limit] AS page
  UNWIND range(0, size(page) - 1) AS i
  WITH i, page[i].period AS held, page[i].id AS id
  MATCH (m:Measure {id: id})
  CALL (m, held) {
    OPTIONAL MATCH (q:MeasurePeriod {measure: m.id})
    WHERE held IS NULL AND q.from <= $on AND (q.to IS NULL OR q.to > $on)
    RETURN coalesce(held, q) AS p
  }
  OPTIONAL MATCH (currentEvent:Event {id: p.event})
  OPTIONAL MATCH (firstEvent:Event {id: p.firstEvent})
  WITH i, {
         id: m.id, name: m.name, kind: m.kind,
         status: p.status,
         since: p.from,
         currentChange: CASE WHEN p IS NOT NULL THEN {
           event: currentEvent { .id, .date, .type, .title }, change: p.change, status: p.status,
           effective: p.from, effectivePrecision: p.effectivePrecision} END,
         firstInForce: CASE WHEN p.firstEvent IS NOT NULL THEN {
           event: firstEvent { .id, .date, .type, .title }, change: p.firstChange, status: p.firstStatus,
           effective: p.firstEffective, effectivePrecision: p.firstEffectivePrecision} END,
         imposedBy: COLLECT { MATCH (m)-[:IMPOSED_BY]->(a:Actor) RETURN a { .id, .name } ORDER BY a.name },
         targets: COLLECT { MATCH (m)-[:TARGETS]->(a:Actor) RETURN a { .id, .name } ORDER BY a.name },
         parties: COLLECT { MATCH (m)-[:HAS_PARTY]->(a:Actor) RETURN a { .id, .name } ORDER BY a.name }
       } AS item
  ORDER BY i
  RETURN collect(item) AS items
}
RETURN size(matching) AS total, items
