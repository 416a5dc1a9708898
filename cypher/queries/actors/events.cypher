// What did this actor take part in? Its events in date order, optionally of some types and within a period, with
// the roles it had in each. One row with the number of matching events and the requested page; no row when there
// is no actor with that id. An event is within the period when the days it covers overlap it.
//
// :params {id: 'fumio-kishida', types: [], from: null, to: null, skip: 0, limit: 50}
//   types     event types (vocabulary ids such as 'summit'); [] for any
//   from, to  dates (e.g. date('2023-01-01'), date('2023-12-31')); null for open-ended
//   skip, limit  the page
MATCH (a:Actor {id: $id})
OPTIONAL MATCH (a)-[p:PARTICIPATED_IN]->(e:Event)
  WHERE (size($types) = 0 OR e.type IN $types)
    AND ($from IS NULL OR e.dateEnd >= $from)
    AND ($to IS NULL OR e.date <= $to)
WITH a, e, collect(p.role) AS roles
ORDER BY e.date, e.dateEnd, e.id
WITH a, count(e) AS total, collect(CASE WHEN e IS NULL THEN NULL ELSE {event: e, roles: roles} END) AS rows
RETURN total,
       [row IN rows[$skip..$skip + $limit] |
         {id: row.event.id, date: row.event.date, datePrecision: row.event.datePrecision,
          dateText: row.event.dateText, endDate: row.event.endDate, type: row.event.type, title: row.event.title,
          roles: row.roles}] AS items
