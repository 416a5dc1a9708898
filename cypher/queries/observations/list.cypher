// Numbers: observations (trade flows, GDP, poll shares, …) of one indicator, about one actor (the subject), with
// another (the counterpart, for flows), whose period overlaps $from … $to; each with its value and unit, the period
// and its precision, the poll question, the event that reported it, the sources with their locators, and the
// claims where sources give other values. In indicator, subject, counterpart and period order; one row with the
// number of such observations and the requested page.
//
// :params {indicator: 'exports', subject: null, counterpart: null, from: null, to: null, sources: [], method: null, statuses: ['accepted'], skip: 0, limit: 50}
//   indicator             exports | imports | gdp | poll_share | export_market_rank | …; null for any
//   subject, counterpart  actor ids; null for any
//   from, to              dates; null for open-ended
//   sources               source ids, of which the observation must cite one; [] for any
//   method                'curated' or 'extracted'; null for any
//   statuses              review statuses that count: 'accepted' (curated facts have none and count as accepted), 'candidate'
//   skip, limit           the page
MATCH (o:Observation)-[:SUBJECT]->(subject:Actor)
WHERE ($indicator IS NULL OR o.indicator = $indicator)
  AND ($subject IS NULL OR subject.id = $subject)
  AND ($counterpart IS NULL OR EXISTS { (o)-[:COUNTERPART]->(:Actor {id: $counterpart}) })
  AND ($from IS NULL OR o.periodEnd >= $from)
  AND ($to IS NULL OR o.period <= $to)
  // which facts count: how they were made, which sources they cite, their review status
  AND ($method IS NULL OR o.method = $method)
  AND coalesce(o.status, 'accepted') IN $statuses
  AND (size($sources) = 0 OR any(source IN o.sources WHERE source IN $sources))
OPTIONAL MATCH (o)-[:COUNTERPART]->(counterpart:Actor)
WITH o, subject, counterpart
ORDER BY o.indicator, subject.id, counterpart.id, o.period, o.id
WITH collect({o: o, subject: subject, counterpart: counterpart}) AS rows
RETURN size(rows) AS total,
       [row IN rows[$skip..$skip + $limit] | {
         id: row.o.id, indicator: row.o.indicator,
         subject: {id: row.subject.id, name: row.subject.name, kind: row.subject.kind},
         counterpart: CASE WHEN row.counterpart IS NOT NULL
           THEN {id: row.counterpart.id, name: row.counterpart.name, kind: row.counterpart.kind} END,
         value: row.o.value, unit: row.o.unit,
         period: row.o.period, periodPrecision: row.o.periodPrecision, periodText: row.o.periodText,
         periodEnd: row.o.periodEnd, question: row.o.question, notes: row.o.notes,
         event: COLLECT { WITH row.o AS o MATCH (o)-[:REPORTED_IN]->(e:Event) RETURN e.id }[0],
         method: row.o.method, confidence: row.o.confidence,
         sources: COLLECT {
           WITH row.o AS o
           MATCH (o)-[c:CITES]->(s:Source)
           WITH c, s ORDER BY toInteger(last(split(c.id, ':')))
           RETURN {id: s.id, title: s.title, publisher: s.publisher, published: s.published, url: s.url,
                   locator: c.locator, note: c.note}
         },
         claims: COLLECT {
           WITH row.o AS o
           MATCH (o)-[:HAS_CLAIM]->(claim:Claim)
           WITH claim
           ORDER BY claim.field, CASE claim.rank WHEN 'preferred' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END, claim.id
           RETURN {field: claim.field, value: claim.value, rank: claim.rank, note: claim.note,
                   sources: COLLECT { MATCH (claim)-[:CITES]->(s:Source) RETURN s.id ORDER BY s.id }}
         }
       }] AS items
