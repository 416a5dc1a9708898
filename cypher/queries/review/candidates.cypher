// What awaits review? The extractor's candidates (status 'candidate': new events, the measure changes they carry,
// candidate actors and measures; not the documents it read, which are accepted with the first fact that rests on them), of one
// kind or any, most confident first, each with its evidence: every sentence it rests on, with the document, the
// sentence's offsets in it and the words that triggered the reading. With $id, that one fact whatever its status,
// with the reviewer's decision if there is one (the row is empty for a curated fact: it is no candidate).
// GET /api/review/candidates and /api/review/candidates/{id} use this file.
// :params {id: null, kind: null, skip: 0, limit: 20}
//   id           a candidate's id; null for the list
//   kind         event | actor | measure; null for any
//   skip, limit  the page
CALL () {
  MATCH (n:Fact {status: 'candidate'})
  WHERE $id IS NULL AND NOT n:Source AND ($kind IS NULL OR n.fact = $kind)
  RETURN n
  UNION
  MATCH (n:Fact {id: $id})
  WHERE n.status IS NOT NULL
  RETURN n
}
WITH n ORDER BY n.confidence DESC, n.date, n.id
WITH count(n) AS total, collect(n)[$skip..$skip + $limit] AS page
RETURN total,
       [n IN page | {
         id: n.id, kind: n.fact, status: n.status, name: coalesce(n.title, n.name), type: n.type, date: n.date,
         dateText: n.dateText, confidence: n.confidence, dataset: n.dataset, notes: n.notes,
         participants: COLLECT {
           MATCH (a:Actor)-[p:PARTICIPATED_IN]->(n)
           RETURN {id: a.id, name: a.name, role: p.role, status: a.status} ORDER BY a.name, p.role
         },
         changes: COLLECT {
           MATCH (n)-[c:CHANGED]->(m:Measure)
           RETURN {measure: m.id, name: m.name, change: c.change, status: c.status, effective: c.effective}
           ORDER BY c.id
         },
         evidence: COLLECT {
           MATCH (n)-[c:CITES]->(s:Source)
           RETURN {source: s.id, title: s.title, url: s.url, published: s.published, locator: c.locator,
                   note: c.note, sentence: c.evidence, start: c.evidenceStart, end: c.evidenceEnd,
                   trigger: c.evidenceTrigger, triggerStart: c.evidenceTriggerStart, triggerEnd: c.evidenceTriggerEnd}
           ORDER BY toInteger(last(split(c.id, ':')))
         },
         decision: COLLECT {
           MATCH (d:ReviewDecision {id: n.id})
           RETURN {id: d.id, status: d.status, into: d.into, decided: toString(d.decided), note: d.note}
         }[0]
       }] AS items
