// The documents a decided candidate rests on (sources the extractor wrote as candidates) are accepted with it,
// each remembered by a decision of its own: once a fact that counts cites a document, the document counts too.
// :param id => '2023-03-16-japan-summit'
MATCH (:Fact {id: $id})-[:CITES]->(s:Source {status: 'candidate'})
MERGE (d:ReviewDecision {id: s.id})
ON CREATE SET d.status = 'accepted', d.note = 'the document of ' + $id, d.decided = datetime()
SET s.status = 'accepted'
RETURN count(s) AS accepted
