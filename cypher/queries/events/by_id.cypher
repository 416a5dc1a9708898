// Everything about one event: when and what, its codes in the event-data standards, who took part in which role,
// where, what about, which measures it changed, how it links to other events in both directions (what it caused
// and what caused it, what it responds to and what responded to it, what it follows up and what followed it up,
// what it is part of and its parts; each link with its relationship id, and a cause, response or follow-up link with
// the claims about it: who asserts it and who disputes it, ranked, with their sources), the disagreeing claims about
// it with their rank and sources, and the sources it cites. No row when there is no event with that id.
//
// :params {id: '2023-03-16-tokyo-summit', statuses: ['accepted']}
MATCH (e:Event {id: $id})
// Every link in both directions in one subquery each, sorted once and split by type and direction below: six copies
// of the same subquery made this the slowest query of the API to plan (seconds, on every replan).
WITH e,
     COLLECT {
       MATCH (e)-[r:CAUSED|RESPONDS_TO|FOLLOWS_UP]-(o:Event)
       WHERE coalesce(o.status, 'accepted') IN $statuses OR e.status IS NOT NULL
       // The claims about a cause, response or follow-up are held by the event the link starts from.
       WITH r, o, startNode(r) AS owner
       RETURN {type: type(r), outgoing: owner = e, event: o { .id, .date, .type, .title, link: r.id,
         claims: COLLECT {
           MATCH (owner)-[:HAS_CLAIM]->(c:Claim {link: r.id})
           RETURN {stance: coalesce(c.stance, 'asserts'), rank: c.rank,
                   by: COLLECT { MATCH (c)-[:ATTRIBUTED_TO]->(a:Actor) RETURN a.id ORDER BY a.id }, note: c.note,
                   sources: COLLECT {
                     MATCH (c)-[cite:CITES]->(s:Source)
                     RETURN {id: s.id, title: s.title, publisher: s.publisher, published: s.published, url: s.url,
                             locator: cite.locator, note: cite.note} ORDER BY toInteger(split(cite.id, ':')[-1])
                   }}
             ORDER BY CASE c.rank WHEN 'preferred' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END, c.id
         }}}
         ORDER BY o.date, o.id
     } AS linked,
     COLLECT {
       MATCH (e)-[r:PART_OF]-(o:Event)
       WHERE coalesce(o.status, 'accepted') IN $statuses OR e.status IS NOT NULL
       RETURN {outgoing: startNode(r) = e, event: o { .id, .date, .type, .title, link: r.id }} ORDER BY o.date, o.id
     } AS wholes
RETURN e.id AS id, e.type AS type, e.title AS title, e.summary AS summary,
       e.date AS date, e.datePrecision AS datePrecision, e.dateText AS dateText, e.endDate AS endDate,
       e.dateEnd AS dateEnd,
       e.plover AS plover, e.mode AS mode, e.cameo AS cameo, e.quadClass AS quadClass, e.goldstein AS goldstein,
       e.notes AS notes, e.method AS method, e.confidence AS confidence, e.dataset AS dataset,
       COLLECT {
         MATCH (a:Actor)-[p:PARTICIPATED_IN]->(e)
         RETURN {id: a.id, name: a.name, kind: a.kind, role: p.role} ORDER BY a.name, p.role
       } AS participants,
       COLLECT {
         MATCH (e)-[:AT]->(p:Place)
         RETURN {id: p.id, name: p.name, kind: p.kind, latitude: p.latitude, longitude: p.longitude}
       }[0] AS place,
       COLLECT { MATCH (e)-[:ABOUT]->(t:Topic) RETURN {id: t.id, name: t.name} ORDER BY t.name } AS topics,
       COLLECT {
         MATCH (e)-[c:CHANGED]->(m:Measure)
         RETURN {id: m.id, name: m.name, change: c.change, status: c.status, effective: c.effective,
                 effectivePrecision: c.effectivePrecision}
           ORDER BY c.effective, m.id
       } AS measures,
       {
         causes: [link IN linked WHERE link.type = 'CAUSED' AND link.outgoing | link.event],
         causedBy: [link IN linked WHERE link.type = 'CAUSED' AND NOT link.outgoing | link.event],
         respondsTo: [link IN linked WHERE link.type = 'RESPONDS_TO' AND link.outgoing | link.event],
         respondedToBy: [link IN linked WHERE link.type = 'RESPONDS_TO' AND NOT link.outgoing | link.event],
         followsUp: [link IN linked WHERE link.type = 'FOLLOWS_UP' AND link.outgoing | link.event],
         followedUpBy: [link IN linked WHERE link.type = 'FOLLOWS_UP' AND NOT link.outgoing | link.event],
         partOf: [link IN wholes WHERE link.outgoing | link.event],
         parts: [link IN wholes WHERE NOT link.outgoing | link.event]
       } AS links,
       COLLECT {
         MATCH (e)-[:HAS_CLAIM]->(c:Claim)
         RETURN {field: c.field, value: c.value, rank: c.rank, note: c.note,
                 sources: COLLECT {
                   MATCH (c)-[cite:CITES]->(s:Source)
                   RETURN {id: s.id, title: s.title, publisher: s.publisher, published: s.published, url: s.url,
                           locator: cite.locator, note: cite.note} ORDER BY s.id
                 }}
           ORDER BY c.field, CASE c.rank WHEN 'preferred' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END, c.id
       } AS claims,
       COLLECT {
         MATCH (e)-[cite:CITES]->(s:Source)
         RETURN {id: s.id, title: s.title, publisher: s.publisher, published: s.published, url: s.url,
                 locator: cite.locator, note: cite.note} ORDER BY toInteger(split(cite.id, ':')[-1])
       } AS sources
