// Where did each measure stand on a day? Every measure with its status that day - the status its latest change on
// or before the day leads to - the change that put it there, the change that first put it in force, and who imposes
// it, whom it targets and who is party to it. With inForceOnly, only the measures in force that day (status
// in_force or terminating). A change takes effect on its effective date; of two taking effect on the same day, any
// step beats a mere announcement, and then the later event's step wins; of two steps of one event on one day (a
// treaty signed and in force at once), the one whose change comes later in the alphabet, so that the answer never
// depends on the order the store keeps them in. Measures without any change by that day have no status. One row
// with the number of such measures and the requested page, in name order.
//
// :params {on: date('2021-06-01'), inForceOnly: true, kind: null, sources: [], method: null, statuses: ['accepted'], skip: 0, limit: 50}
//   on           the day
//   inForceOnly  true: only measures in force that day; false: every measure
//   kind         export_control | trade_status | trade_dispute | security_agreement | diplomatic_channel
//                | compensation_scheme | agreement | sanction | information_sharing; null for any
//   sources      source ids, of which the measure fact must cite one; [] for any
//   method       'curated' or 'extracted'; null for any
//   statuses     review statuses that count: 'accepted' (curated facts have none and count as accepted), 'candidate'
//                the statuses count for the changing events too: a candidate event changes no measure until accepted
//   skip, limit  the page
MATCH (m:Measure)
WHERE ($kind IS NULL OR m.kind = $kind)
  // which facts count: how they were made, which sources they cite, their review status
  AND ($method IS NULL OR m.method = $method)
  AND coalesce(m.status, 'accepted') IN $statuses
  AND (size($sources) = 0 OR any(source IN m.sources WHERE source IN $sources))
CALL (m) {
  OPTIONAL MATCH (m)<-[c:CHANGED]-(e:Event)
  WHERE c.effective <= $on AND coalesce(e.status, 'accepted') IN $statuses
  WITH c, e
  ORDER BY c.effective DESC, CASE c.status WHEN 'announced' THEN 0 ELSE 1 END DESC, e.date DESC, e.id DESC,
    c.change DESC
  LIMIT 1
  RETURN c AS current, e AS currentEvent
}
WITH m, current, currentEvent
WHERE NOT $inForceOnly OR current.status IN ['in_force', 'terminating']
// Only the page gets its details (first time in force, the actors): with thousands of measures that is most of
// the work, so the status of every measure is found first, then the page is cut.
WITH m, current, currentEvent ORDER BY m.name, m.id
WITH collect({measure: m, current: current, currentEvent: currentEvent}) AS matching
CALL (matching) {
  WITH matching[$skip..$skip + $limit] AS page
  UNWIND range(0, size(page) - 1) AS i
  WITH i, page[i].measure AS m, page[i].current AS current, page[i].currentEvent AS currentEvent
  CALL (m) {
    OPTIONAL MATCH (m)<-[c:CHANGED]-(e:Event)
    WHERE c.effective <= $on AND c.status IN ['in_force', 'terminating'] AND coalesce(e.status, 'accepted') IN $statuses
    WITH c, e ORDER BY c.effective, e.date, e.id, c.change
    LIMIT 1
    RETURN c AS first, e AS firstEvent
  }
  WITH i, {
         id: m.id, name: m.name, kind: m.kind,
         status: current.status,
         since: current.effective,
         currentChange: CASE WHEN current IS NOT NULL THEN {
           event: currentEvent { .id, .date, .type, .title }, change: current.change, status: current.status,
           effective: current.effective, effectivePrecision: current.effectivePrecision} END,
         firstInForce: CASE WHEN first IS NOT NULL THEN {
           event: firstEvent { .id, .date, .type, .title }, change: first.change, status: first.status,
           effective: first.effective, effectivePrecision: first.effectivePrecision} END,
         imposedBy: COLLECT { MATCH (m)-[:IMPOSED_BY]->(a:Actor) RETURN a { .id, .name } ORDER BY a.name },
         targets: COLLECT { MATCH (m)-[:TARGETS]->(a:Actor) RETURN a { .id, .name } ORDER BY a.name },
         parties: COLLECT { MATCH (m)-[:HAS_PARTY]->(a:Actor) RETURN a { .id, .name } ORDER BY a.name }
       } AS item
  ORDER BY i
  RETURN collect(item) AS items
}
RETURN size(matching) AS total, items
