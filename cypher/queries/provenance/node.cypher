// The provenance of one fact (any node id): how it was made and loaded, the sources it cites with their
// locators (in the order the fact lists them), its ranked claims, each with who makes it and its own sources, its
// review status (none for curated facts), and the mentions that support it: sentences the extractor found reporting
// it, each with its document, offsets and the words that triggered it.
// GET /api/provenance/{id} uses this file for ids without ':' (relationship ids have one; see relationship.cypher).
// :param id => '2023-03-10-gallup-korea-poll-on-japan-ties'
MATCH (n:Fact {id: $id})
RETURN n.id AS id, n.fact AS kind, labels(n) AS labels, n.name AS name,
       n.method AS method, n.confidence AS confidence, n.dataset AS dataset, n.loadId AS loadId,
       n.firstLoaded AS firstLoaded, n.lastChanged AS lastChanged, n.file AS file, n.status AS status,
       COLLECT {
         MATCH (n)-[c:CITES]->(s:Source)
         // A citation's id ends in its position in the fact's list of sources.
         WITH c, s ORDER BY toInteger(last(split(c.id, ':')))
         RETURN s {.id, .title, .publisher, .published, .url, locator: c.locator, note: c.note, evidence: c.evidence}
       } AS sources,
       COLLECT {
         MATCH (n)-[:HAS_CLAIM]->(claim:Claim)
         WITH claim
         ORDER BY claim.field, CASE claim.rank WHEN 'preferred' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END, claim.id
         RETURN claim {.id, .field, .value, .rank, .stance, .note,
           by: COLLECT { MATCH (claim)-[:ATTRIBUTED_TO]->(who:Actor) RETURN who.id ORDER BY who.id },
           sources: COLLECT {
             MATCH (claim)-[c:CITES]->(s:Source)
             WITH c, s ORDER BY toInteger(last(split(c.id, ':')))
             RETURN s {.id, .title, .publisher, .published, .url, locator: c.locator, note: c.note, evidence: c.evidence}
           }}
       } AS claims,
       COLLECT {
         MATCH (m:Mention)-[:SUPPORTS]->(n)
         MATCH (m)-[c:CITES]->(s:Source)
         WITH m, c, s ORDER BY s.id, c.evidenceStart, m.id
         RETURN {id: m.id, source: s {.id, .title, .publisher, .published, .url}, locator: c.locator,
                 sentence: c.evidence, start: c.evidenceStart, end: c.evidenceEnd, trigger: c.evidenceTrigger,
                 triggerStart: c.evidenceTriggerStart, triggerEnd: c.evidenceTriggerEnd, type: m.type,
                 date: m.dateText, confidence: m.confidence, method: m.method, dataset: m.dataset}
         LIMIT 200
       } AS mentions;
