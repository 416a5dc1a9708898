// Where a fact stands in review, read in the transaction that will decide on it: its kind and status (null for a
// curated fact), and the decision already taken on it, if any. A decision may outlive its fact (a reload of the
// extracted dataset that no longer holds the candidate), so it is looked up on its own.
// :param id => '2023-03-16-japan-summit'
OPTIONAL MATCH (n:Fact {id: $id})
OPTIONAL MATCH (d:ReviewDecision {id: $id})
RETURN n IS NOT NULL AS exists, n.fact AS kind, n.status AS status, n:Event AS event, d.status AS decided,
       d.into AS into, toString(d.decided) AS decidedAt
