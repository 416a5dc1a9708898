// The provenance of one relationship, by its id (owner:TYPE:other[:qualifier]): the fact that owns it and so
// vouches for it, its two ends, how it was made and loaded, and the sources behind it with the locators its owner
// cites them with, and the claims about it (for a link such as CAUSED: who asserts it and who disputes it, ranked,
// with their own sources). The owner's id is the part before the first ':', so the lookup starts from an indexed node.
// A relationship is part of the fact that declares it: its method, confidence, dataset, sources and load are the
// owner's, kept on the owner's node only (V0040).
// GET /api/provenance/{id} uses this file for ids with ':'.
// :param id => '2023-03-16-japan-to-lift-export-controls:CHANGED:japan-export-controls-2019:lift'
MATCH (owner:Fact {id: split($id, ':')[0]})-[r]-()
WHERE r.id = $id
WITH DISTINCT owner, r
RETURN r.id AS id, type(r) AS type, owner.id AS owner, startNode(r).id AS from, endNode(r).id AS to,
       owner.method AS method, owner.confidence AS confidence, owner.dataset AS dataset, owner.loadId AS loadId,
       owner.firstLoaded AS firstLoaded, owner.lastChanged AS lastChanged, owner.file AS file,
       COLLECT {
         UNWIND range(0, size(coalesce(owner.sources, [])) - 1) AS position
         MATCH (s:Source {id: owner.sources[position]})
         OPTIONAL MATCH (owner)-[c:CITES]->(s)
         WITH position, c, s ORDER BY position, toInteger(last(split(c.id, ':')))
         RETURN s {.id, .title, .publisher, .published, .url, locator: c.locator, note: c.note, evidence: c.evidence}
       } AS sources,
       COLLECT {
         MATCH (owner)-[:HAS_CLAIM]->(claim:Claim {link: $id})
         WITH claim
         ORDER BY CASE claim.rank WHEN 'preferred' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END, claim.id
         RETURN claim {.id, .field, .value, .rank, .stance, .note,
           by: COLLECT { MATCH (claim)-[:ATTRIBUTED_TO]->(who:Actor) RETURN who.id ORDER BY who.id },
           sources: COLLECT {
             MATCH (claim)-[c:CITES]->(s:Source)
             WITH c, s ORDER BY toInteger(last(split(c.id, ':')))
             RETURN s {.id, .title, .publisher, .published, .url, locator: c.locator, note: c.note, evidence: c.evidence}
           }}
       } AS claims;
