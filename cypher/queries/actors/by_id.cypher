// Who is this actor? Its name, kind, aliases and native spellings, the country it belongs to, the offices it
// held (with dates and of whom), the groups it is a member of, how many events it took part in under each role and
// the dates of its first and last event, counting the events of the review statuses in $statuses (the API asks for
// accepted ones, so the extractor's candidates change no count). No row when there is no actor with that id.
//
// :params {id: 'yoon-suk-yeol', statuses: ['accepted']}
MATCH (a:Actor {id: $id})
OPTIONAL MATCH (a)-[:FROM_COUNTRY]->(country:Actor)
CALL (a) {
  OPTIONAL MATCH (a)-[:PARTICIPATED_IN]->(e:Event)
  WHERE coalesce(e.status, 'accepted') IN $statuses
  RETURN count(DISTINCT e) AS eventCount, min(e.date) AS firstEvent, max(e.date) AS lastEvent
}
RETURN a.id AS id,
       a.name AS name,
       a.kind AS kind,
       coalesce(a.aliases, []) AS aliases,
       COLLECT {
         UNWIND keys(a) AS key
         WITH key WHERE key STARTS WITH 'name_'
         RETURN {language: substring(key, 5), name: a[key]} ORDER BY key
       } AS nativeNames,
       CASE WHEN country IS NOT NULL THEN {id: country.id, name: country.name, kind: country.kind} END AS country,
       a.description AS description,
       COLLECT {
         MATCH (a)-[o:HELD_OFFICE]->(of:Actor)
         RETURN {role: o.role, title: o.title, of: {id: of.id, name: of.name, kind: of.kind}, start: o.start,
                 startPrecision: o.startPrecision, end: o.end, endPrecision: o.endPrecision}
           ORDER BY o.start
       } AS offices,
       COLLECT {
         MATCH (a)-[:MEMBER_OF]->(group:Actor)
         RETURN {id: group.id, name: group.name, kind: group.kind} ORDER BY group.name
       } AS memberships,
       COLLECT {
         MATCH (a)-[p:PARTICIPATED_IN]->(e:Event)
         WHERE coalesce(e.status, 'accepted') IN $statuses
         WITH p.role AS role, count(*) AS events
         RETURN {role: role, events: events} ORDER BY events DESC, role
       } AS eventsByRole,
       eventCount,
       firstEvent,
       lastEvent,
       a.sources AS sources,
       a.method AS method,
       a.confidence AS confidence
