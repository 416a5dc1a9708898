// The provenance of one fact (any node id): how it was made and loaded, the sources it cites with their
// locators (in the order the fact lists them), and its ranked claims, each with its own sources.
// GET /api/provenance/{id} uses this file for ids without ':' (relationship ids have one; see relationship.cypher).
// :param id => '2023-03-10-gallup-korea-poll-on-japan-ties'
MATCH (n:Fact {id: $id})
RETURN n.id AS id, n.fact AS kind, labels(n) AS labels, n.name AS name,
       n.method AS method, n.confidence AS confidence, n.dataset AS dataset, n.loadId AS loadId,
       n.firstLoaded AS firstLoaded, n.lastChanged AS lastChanged, n.file AS file,
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
         RETURN claim {.id, .field, .value, .rank, .note,
           sources: COLLECT {
             MATCH (claim)-[c:CITES]->(s:Source)
             WITH c, s ORDER BY toInteger(last(split(c.id, ':')))
             RETURN s {.id, .title, .publisher, .published, .url, locator: c.locator, note: c.note, evidence: c.evidence}
           }}
       } AS claims;
