// An accepted candidate event brings the candidates it rests on with it: the candidate actors taking part in it and
// the candidate measures it changes, each remembered by a decision of its own (so a reload of the extracted
// dataset gives them back their status). Otherwise the event would count while the actors it names did not: listed
// under no actor, and missing from the actor lists, relations and paths it belongs to.
// :param id => '2023-03-16-japan-summit'
MATCH (e:Event:Fact {id: $id})
CALL (e) {
  MATCH (c:Actor:Fact {status: 'candidate'})-[:PARTICIPATED_IN]->(e)
  RETURN c
  UNION
  MATCH (e)-[:CHANGED]->(c:Measure:Fact {status: 'candidate'})
  RETURN c
}
MERGE (d:ReviewDecision {id: c.id})
ON CREATE SET d.status = 'accepted', d.note = 'taking part in ' + $id, d.decided = datetime()
SET c.status = 'accepted'
RETURN count(c) AS accepted
