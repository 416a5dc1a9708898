// Who held which office? Positions held (HELD_OFFICE), optionally of one actor ($of: a country, a party, a ministry),
// in one role, by one holder, held at some time within a period ($from … $to; from = to asks about one day). Each
// with its role and title, holder, of whom, start and end with their precision (no end: still held) and the
// sources of the holder's fact with their locators. A date given only to the month or year covers all of it: an
// office that ends "2017-06" is held until 30 June 2017 as far as the graph knows, so `uncertain` marks an answer
// whose period touches such an imprecise start or end. Ordered by of whom, role and start; one row with the number
// of such offices and the requested page.
//
// :params {of: 'japan', role: 'prime_minister', holder: null, from: date('2023-06-01'), to: date('2023-06-01'), sources: [], method: null, statuses: ['accepted'], skip: 0, limit: 50}
//   of, holder   actor ids; null for any
//   role         an office role (president, prime_minister, foreign_minister, …); null for any
//   from, to     dates; null for open-ended (both null: the whole history)
//   sources      source ids, of which the holder's fact must cite one; [] for any
//   method       'curated' or 'extracted'; null for any
//   statuses     review statuses that count: 'accepted' (curated facts have none and count as accepted), 'candidate'
//   skip, limit  the page
MATCH (holder:Actor)-[o:HELD_OFFICE]->(of:Actor)
WHERE ($of IS NULL OR of.id = $of)
  AND ($holder IS NULL OR holder.id = $holder)
  AND ($role IS NULL OR o.role = $role)
WITH holder, o, of,
     CASE o.endPrecision
       WHEN 'year' THEN o.end + duration({years: 1}) - duration({days: 1})
       WHEN 'month' THEN o.end + duration({months: 1}) - duration({days: 1})
       ELSE o.end
     END AS lastDay,
     CASE o.startPrecision
       WHEN 'year' THEN o.start + duration({years: 1}) - duration({days: 1})
       WHEN 'month' THEN o.start + duration({months: 1}) - duration({days: 1})
       ELSE o.start
     END AS startsBy
WHERE ($to IS NULL OR o.start IS NULL OR o.start <= $to)
  AND ($from IS NULL OR o.end IS NULL OR lastDay >= $from)
  // which facts count: how they were made, which sources they cite, their review status
  AND ($method IS NULL OR holder.method = $method)
  AND coalesce(holder.status, 'accepted') IN $statuses
  AND (size($sources) = 0 OR any(source IN holder.sources WHERE source IN $sources))
WITH holder, o, of, lastDay,
     ($to IS NOT NULL AND o.start IS NOT NULL AND startsBy > $to)
       OR ($from IS NOT NULL AND o.end IS NOT NULL AND o.end < $from) AS uncertain
ORDER BY of.name, of.id, o.role, o.start, holder.name
WITH collect({office: o, holder: holder, of: of, uncertain: uncertain}) AS rows
RETURN size(rows) AS total,
       [row IN rows[$skip..$skip + $limit] | {
         id: row.office.id, role: row.office.role, title: row.office.title,
         holder: {id: row.holder.id, name: row.holder.name, kind: row.holder.kind},
         of: {id: row.of.id, name: row.of.name, kind: row.of.kind},
         start: row.office.start, startPrecision: row.office.startPrecision,
         end: row.office.end, endPrecision: row.office.endPrecision,
         uncertain: row.uncertain,
         sources: COLLECT {
           WITH row.holder AS holder, row.office AS office
           UNWIND range(0, size(coalesce(holder.sources, [])) - 1) AS position
           MATCH (s:Source {id: holder.sources[position]})
           OPTIONAL MATCH (holder)-[c:CITES]->(s)
           WITH position, s, c ORDER BY position, toInteger(last(split(c.id, ':')))
           RETURN {id: s.id, title: s.title, publisher: s.publisher, published: s.published, url: s.url,
                   locator: c.locator, note: c.note}
         }
       }] AS items
