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
// event counts under exactly one of met, disputes_with and co_participated.
// The event relations count occasions, not records: an occasion is the outermost event of a chain of PART_OF links,
// so a visit and the summit held during it (or a summit and an agreement made at it) are one meeting. Each row has
// the number of occasions (of measures, for the measure relations) and of event records, the first and last dates,
// and at most $eventLimit occasion and event ids (and the measure ids) in date order; within a relation, most
// occasions first. With a period, events count when their days overlap it and measures when they were in place
// during it (from their first change to the change that ended them). One row with the number of such rows and the
// requested page of them; no row when there is no actor with that id.
//
// :params {id: 'japan', relation: null, from: null, to: null, sources: [], method: null, statuses: ['accepted'], eventLimit: 20, skip: 0, limit: 50}
//   relation     one of the relations above; null for all
//   from, to     dates (e.g. date('2023-01-01'), date('2023-12-31')); null for open-ended
//   sources      source ids, of which the events (measures) must cite one; [] for any
//   method       'curated' or 'extracted'; null for any
//   statuses     review statuses that count: 'accepted' (curated facts have none and count as accepted), 'candidate'
//   eventLimit   how many occasion and event ids each row lists at most
//   skip, limit  the page
MATCH (a:Actor {id: $id})
// In a subquery, so that an actor without any relation still answers with one row (total 0).
CALL (a) {
  OPTIONAL CALL (a) {
    MATCH (a)-[pa:PARTICIPATED_IN]->(e:Event)<-[pb:PARTICIPATED_IN]-(other:Actor)
    WHERE other <> a
      AND ($from IS NULL OR e.dateEnd >= $from)
      AND ($to IS NULL OR e.date <= $to)
      // which facts count: how they were made, which sources they cite, their review status
      AND ($method IS NULL OR e.method = $method)
      AND coalesce(e.status, 'accepted') IN $statuses
      AND (size($sources) = 0 OR any(source IN e.sources WHERE source IN $sources))
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
         END AS relation,
         COLLECT {
           MATCH (e)-[:PART_OF]->{0,5}(top:Event)
           WHERE NOT EXISTS { (top)-[:PART_OF]->(:Event) }
           RETURN top LIMIT 1
         }[0] AS occasion
    ORDER BY e.date, e.id
    WITH other, relation, collect(e) AS events, collect(DISTINCT occasion) AS occasions
    RETURN other, relation, size(occasions) AS count, size(events) AS records, events[0].date AS first,
           events[-1].date AS last, [o IN occasions | o.id][..$eventLimit] AS occasions,
           [e IN events | e.id][..$eventLimit] AS events, [] AS measures
  UNION
    // Both directions in one branch: this actor imposing and the other targeted, or the reverse.
    MATCH (a)<-[ours:IMPOSED_BY|TARGETS]-(m:Measure)-[theirs:IMPOSED_BY|TARGETS]->(other:Actor)
    WHERE other <> a AND type(ours) <> type(theirs)
      AND ($method IS NULL OR m.method = $method)
      AND coalesce(m.status, 'accepted') IN $statuses
      AND (size($sources) = 0 OR any(source IN m.sources WHERE source IN $sources))
    CALL (m) {
      OPTIONAL MATCH (m)<-[c:CHANGED]-(e:Event)
      WHERE coalesce(e.status, 'accepted') IN $statuses
      WITH c, e ORDER BY c.effective, e.id
      RETURN collect(c) AS changes, collect(DISTINCT e.id) AS changedBy
    }
    WITH other, CASE type(ours) WHEN 'IMPOSED_BY' THEN 'imposes_measures_on' ELSE 'targeted_by_measures_of' END AS relation,
         m, changes, changedBy
    WHERE ($from IS NULL AND $to IS NULL)
       OR (size(changes) > 0 AND ($to IS NULL OR changes[0].effective <= $to)
           AND ($from IS NULL OR changes[-1].status <> 'ended' OR changes[-1].effective >= $from))
    WITH other, relation, m, changes, changedBy ORDER BY m.id
    WITH other, relation, collect(m.id) AS measures, collect(changes) AS changes, collect(changedBy) AS changedBy
    RETURN other, relation, size(measures) AS count, size(measures) AS records,
           reduce(first = null, c IN changes | CASE WHEN first IS NULL OR c[0].effective < first THEN c[0].effective ELSE first END) AS first,
           reduce(last = null, c IN changes | CASE WHEN last IS NULL OR c[-1].effective > last THEN c[-1].effective ELSE last END) AS last,
           [] AS occasions, reduce(ids = [], e IN changedBy | ids + [id IN e WHERE NOT id IN ids])[..$eventLimit] AS events,
           measures
  }
  WITH a, other, relation, count, records, first, last, occasions, events, measures
  WHERE other IS NOT NULL AND ($relation IS NULL OR relation = $relation)
  ORDER BY CASE relation WHEN 'met' THEN 0 WHEN 'imposes_measures_on' THEN 1 WHEN 'targeted_by_measures_of' THEN 2
             WHEN 'disputes_with' THEN 3 ELSE 4 END,
           count DESC, other.name
  RETURN collect({actor: {id: other.id, name: other.name, kind: other.kind}, relation: relation, count: count,
                records: records, first: first, last: last, occasions: occasions, events: events,
                measures: measures}) AS rows
}
RETURN size(rows) AS total, rows[$skip..$skip + $limit] AS items
