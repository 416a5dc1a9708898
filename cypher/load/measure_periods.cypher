// Keeps each measure's status periods: from one change to the next, where the measure stood, by which change, and
// which change first put it in force - so that "what was in force on a day" is an index seek on the periods instead
// of every measure's history worked out again per request (measures/in_force_on.cypher reads them).
// They are derived from the CHANGED relationships by the rule of measures/status_on.cypher: a change takes effect on
// its effective date; of two taking effect on the same day, any step beats a mere announcement, and then the later
// event's step wins (of two steps of one event, the later change in the alphabet). Only changes by events that count
// by default (curated or accepted) make periods.
// Run after every load and review decision: it works every measure's periods out again and rewrites only those that
// differ from what is stored (compared through each period's key), so a run that finds nothing new writes nothing.
// Periods of measures no longer in the graph go. Periods are plain nodes with no relationships, tied to their
// measure by its id, so that no walk of the graph (neighbourhoods, paths, exports) ever meets them. Each also keeps
// a copy of what the list of measures filters and sorts on (name, kind, method, review status, sources), so that
// "what was in force on a day" counts and orders the periods alone and reads only a page of measures.
CALL () {
  MATCH (p:MeasurePeriod)
  WHERE NOT EXISTS { MATCH (:Measure {id: p.measure}) }
  DELETE p
}
WITH count(*) AS ignored
MATCH (m:Measure)
CALL (m) {
  OPTIONAL MATCH (m)<-[c:CHANGED]-(e:Event)
  WHERE coalesce(e.status, 'accepted') = 'accepted'
  WITH c, e
  ORDER BY c.effective, CASE c.status WHEN 'announced' THEN 0 ELSE 1 END, e.date, e.id, c.change
  // changes without an effective date (none the loader writes) have no place in time
  RETURN collect(CASE WHEN c.effective IS NOT NULL THEN {
           effective: c.effective, status: c.status, change: c.change, precision: c.effectivePrecision, event: e.id
         } END) AS changes
}
WITH m, changes,
     reduce(days = [], ch IN changes |
       CASE WHEN size(days) > 0 AND days[-1] = ch.effective THEN days ELSE days + [ch.effective] END) AS days,
     [ch IN changes WHERE ch.status IN ['in_force', 'terminating']][0] AS first
WITH m, [i IN range(0, size(days) - 1) | {
       from: days[i], to: days[i + 1],
       current: [ch IN changes WHERE ch.effective = days[i]][-1],
       first: CASE WHEN first.effective <= days[i] THEN first END
     }] AS periods
WITH m, [p IN periods | p {
       .from, .to, .current, .first,
       key: toString(p.from) + '|' + coalesce(toString(p.to), '') + '|' + p.current.status + '|' + p.current.change
         + '|' + p.current.event + '|' + coalesce(p.current.precision, '') + '|' + coalesce(p.first.event, '')
         + '|' + coalesce(p.first.change, '') + '|' + coalesce(toString(p.first.effective), '')
         + '|' + coalesce(p.first.precision, '')
         // what the list of measures filters and sorts on, copied from the measure: a renamed measure rewrites them
         + '|' + coalesce(m.name, '') + '|' + coalesce(m.kind, '') + '|' + coalesce(m.method, '') + '|' + coalesce(m.status, '')
         + '|' + reduce(ids = '', source IN coalesce(m.sources, []) | ids + source + ',')
     }] AS periods
WITH m, periods, COLLECT { MATCH (q:MeasurePeriod {measure: m.id}) RETURN q.key ORDER BY q.from } AS stored
WHERE stored <> [p IN periods | p.key]
CALL (m) {
  MATCH (q:MeasurePeriod {measure: m.id})
  DELETE q
}
CALL (m, periods) {
  UNWIND periods AS p
  CREATE (:MeasurePeriod {
    // until: to, or a day no question reaches for the open period, so that every period is in the index on
    // (inForce, review, from, until, name, measure) that measures/in_force_on.cypher seeks
    measure: m.id, key: p.key, from: p.from, to: p.to, until: coalesce(p.to, date('9999-12-31')), status: p.current.status,
    inForce: p.current.status IN ['in_force', 'terminating'],
    event: p.current.event, change: p.current.change, effectivePrecision: p.current.precision,
    firstEvent: p.first.event, firstChange: p.first.change, firstStatus: p.first.status,
    firstEffective: p.first.effective, firstEffectivePrecision: p.first.precision,
    name: m.name, kind: m.kind, method: m.method, review: coalesce(m.status, 'accepted'), sources: m.sources
  })
}
RETURN count(m) AS refreshed
