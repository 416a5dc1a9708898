// The story of one measure: what it is, who imposes it, whom it targets, who is party to it, what it is about, and
// its full status history - every change, with the event that made it, in the order the changes took effect.
// validFrom is the first day it was in force; validTo the day its last change ended it (null when it has not ended or
// never came into force); status is where it stands on the day $on (normally today). No row when there is no measure
// with that id. Only changes by events whose review status is in $statuses count (the API asks for accepted ones).
//
// :params {id: 'japan-export-controls-2019', on: date(), statuses: ['accepted']}
MATCH (m:Measure {id: $id})
CALL (m) {
  OPTIONAL MATCH (m)<-[c:CHANGED]-(e:Event)
  WHERE coalesce(e.status, 'accepted') IN $statuses
  WITH c, e
  ORDER BY c.effective, CASE c.status WHEN 'announced' THEN 0 ELSE 1 END, e.date, e.id, c.change
  RETURN collect(CASE WHEN c IS NOT NULL THEN {
           event: e { .id, .date, .type, .title }, change: c.change, status: c.status, effective: c.effective,
           effectivePrecision: c.effectivePrecision
         } END) AS history
}
WITH m, history,
     [h IN history WHERE h.status IN ['in_force', 'terminating'] | h.effective][0] AS validFrom,
     [h IN history WHERE h.effective <= $on][-1] AS current
RETURN m.id AS id, m.name AS name, m.kind AS kind, m.summary AS summary,
       current.status AS status,
       validFrom,
       CASE WHEN validFrom IS NOT NULL AND history[-1].status = 'ended' THEN history[-1].effective END AS validTo,
       history,
       COLLECT { MATCH (m)-[:IMPOSED_BY]->(a:Actor) RETURN a { .id, .name } ORDER BY a.name } AS imposedBy,
       COLLECT { MATCH (m)-[:TARGETS]->(a:Actor) RETURN a { .id, .name } ORDER BY a.name } AS targets,
       COLLECT { MATCH (m)-[:HAS_PARTY]->(a:Actor) RETURN a { .id, .name } ORDER BY a.name } AS parties,
       COLLECT { MATCH (m)-[:ABOUT]->(t:Topic) RETURN t { .id, .name } ORDER BY t.name } AS topics,
       COLLECT {
         MATCH (m)-[cite:CITES]->(s:Source)
         RETURN {id: s.id, title: s.title, publisher: s.publisher, published: s.published, url: s.url,
                 locator: cite.locator, note: cite.note} ORDER BY toInteger(split(cite.id, ':')[-1])
       } AS sources,
       m.notes AS notes, m.method AS method, m.confidence AS confidence
