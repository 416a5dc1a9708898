// A timeline: the events of some actors (all of them take part) and/or of a topic (or a narrower one), in date
// order, each with what a timeline draws: its dates and their precision, type, title and the ids of the
// participants. One row with the number of matching events and the requested page. An event is within the period
// when the days it covers overlap it.
//
// :params {actors: ['japan', 'south-korea'], topic: null, from: null, to: null, skip: 0, limit: 100}
//   actors       actor ids that must all take part; [] for any
//   topic        a topic id; null for any
//   from, to     dates (e.g. date('2019-01-01')); null for open-ended
//   skip, limit  the page
// The period is found through the date index, never by reading every event: events lasting up to 366 days start
// no earlier than 366 days before it; longer ones are flagged longSpan by the loader (schema V0005).
CALL () {
  MATCH (e:Event)
  WHERE e.date >= coalesce($from, date('-9999-01-01')) - duration({days: 366})
    AND e.date <= coalesce($to, date('9999-12-31'))
  RETURN e
  UNION
  MATCH (e:Event {longSpan: true})
  USING INDEX e:Event(longSpan)
  WHERE e.date <= coalesce($to, date('9999-12-31'))
  RETURN e
}
WITH e
WHERE ($from IS NULL OR e.dateEnd >= $from)
  AND ($to IS NULL OR e.date <= $to)
  AND all(actor IN $actors WHERE EXISTS { (:Actor {id: actor})-[:PARTICIPATED_IN]->(e) })
  AND ($topic IS NULL OR EXISTS { (e)-[:ABOUT]->(:Topic)-[:BROADER*0..5]->(:Topic {id: $topic}) })
WITH e ORDER BY e.date, e.dateEnd, e.id
WITH count(e) AS total, collect(e)[$skip..$skip + $limit] AS page
RETURN total,
       [e IN page | {
         id: e.id, date: e.date, datePrecision: e.datePrecision, dateText: e.dateText, dateEnd: e.dateEnd,
         type: e.type, title: e.title,
         participants: COLLECT { MATCH (a:Actor)-[:PARTICIPATED_IN]->(e) RETURN DISTINCT a.id AS id ORDER BY id }
       }] AS items
