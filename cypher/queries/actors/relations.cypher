// Whom is this actor connected with, and how? One row per other actor and relation, in this order:
//   met                       took part together in a consultation (PLOVER CONSULT: summits, meetings, visits,
//                             calls, dialogues, invitations), from different countries and not on opposite sides
//   imposes_measures_on       this actor imposes measures that target the other
//   targeted_by_measures_of   the other imposes measures that target this actor
//   disputes_with             on opposite sides of a conflict event (CAMEO QuadClass 3 verbal or 4 material
//                             conflict)
//   co_participated           took part together in any other event
// Opposite sides: one is initiator or plaintiff, the other target or defendant. So co-targets of a missile launch do
// not dispute with each other, a visit one side makes to islets the other claims is no meeting, and a prime minister
// does not "meet" his own country (an actor's country is itself for a country, else its country property). Each
// event counts under exactly one of met, disputes_with and co_participated; within a relation, most events first. Every row has the number of events
// (of measures, for the measure relations), the first and last dates, and at most $eventLimit event ids (and the
// measure ids) in date order. One row with the number of such rows and the requested page of them; no row when there
// is no actor with that id.
//
// :params {id: 'japan', relation: null, eventLimit: 20, skip: 0, limit: 50}
//   relation     one of the relations above; null for all
//   eventLimit   how many event ids each row lists at most
//   skip, limit  the page
MATCH (a:Actor {id: $id})
OPTIONAL CALL (a) {
  MATCH (a)-[pa:PARTICIPATED_IN]->(e:Event)<-[pb:PARTICIPATED_IN]-(other:Actor)
  WHERE other <> a
  WITH a, other, e, collect(DISTINCT pa.role) AS ours, collect(DISTINCT pb.role) AS theirs
  WITH other, e,
       any(x IN ours WHERE any(y IN theirs WHERE
         (x IN ['initiator', 'plaintiff'] AND y IN ['target', 'defendant'])
         OR (x IN ['target', 'defendant'] AND y IN ['initiator', 'plaintiff']))) AS opposed,
       coalesce(CASE a.kind WHEN 'country' THEN a.id ELSE a.country END
                = CASE other.kind WHEN 'country' THEN other.id ELSE other.country END, false) AS compatriots
  WITH other, e,
       CASE
         WHEN e.plover = 'CONSULT' AND NOT opposed AND NOT compatriots THEN 'met'
         WHEN e.quadClass IN [3, 4] AND opposed THEN 'disputes_with'
         ELSE 'co_participated'
       END AS relation
  ORDER BY e.date, e.id
  RETURN other, relation, count(e) AS count, min(e.date) AS first, max(e.date) AS last,
         collect(e.id)[..$eventLimit] AS events, [] AS measures
UNION
  MATCH (a)<-[:IMPOSED_BY]-(m:Measure)-[:TARGETS]->(other:Actor)
  WHERE other <> a
  OPTIONAL MATCH (m)<-[c:CHANGED]-(e:Event)
  WITH other, m, c, e ORDER BY c.effective, e.id
  RETURN other, 'imposes_measures_on' AS relation, count(DISTINCT m) AS count, min(c.effective) AS first,
         max(c.effective) AS last, collect(DISTINCT e.id)[..$eventLimit] AS events, collect(DISTINCT m.id) AS measures
UNION
  MATCH (a)<-[:TARGETS]-(m:Measure)-[:IMPOSED_BY]->(other:Actor)
  WHERE other <> a
  OPTIONAL MATCH (m)<-[c:CHANGED]-(e:Event)
  WITH other, m, c, e ORDER BY c.effective, e.id
  RETURN other, 'targeted_by_measures_of' AS relation, count(DISTINCT m) AS count, min(c.effective) AS first,
         max(c.effective) AS last, collect(DISTINCT e.id)[..$eventLimit] AS events, collect(DISTINCT m.id) AS measures
}
WITH a, other, relation, count, first, last, events, measures
WHERE other IS NOT NULL AND ($relation IS NULL OR relation = $relation)
ORDER BY CASE relation WHEN 'met' THEN 0 WHEN 'imposes_measures_on' THEN 1 WHEN 'targeted_by_measures_of' THEN 2
           WHEN 'disputes_with' THEN 3 ELSE 4 END,
         count DESC, other.name
WITH a, collect({actor: {id: other.id, name: other.name, kind: other.kind}, relation: relation, count: count,
                 first: first, last: last, events: events, measures: measures}) AS rows
RETURN size(rows) AS total, rows[$skip..$skip + $limit] AS items
