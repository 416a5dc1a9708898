// Records a reviewer's decision on a candidate and applies it. The decision is a node of its own, by the
// candidate's id, outside every dataset: a reload of the extracted dataset rewrites or prunes the candidate but
// never the decision, and the loader gives a rewritten candidate its decided status back
// (cypher/load/apply_review_decisions.cypher).
// :param id => '2023-03-16-japan-summit'
// :param status => 'accepted'
// :param into => null
// :param note => null
MERGE (d:ReviewDecision {id: $id})
ON CREATE SET d.status = $status, d.into = $into, d.note = $note, d.decided = datetime()
WITH d
MATCH (n:Fact {id: $id})
SET n.status = d.status
RETURN d.status AS status, d.into AS into, toString(d.decided) AS decided
