// Removes the relationships a changed fact no longer declares (a participant taken off an event, a source
// no longer cited). Only relationships the fact owns are touched.
UNWIND $owners AS owner
MATCH (:Fact {id: owner.id})-[r]-()
WHERE r.owner = owner.id AND NOT r.id IN owner.relationships
DELETE r
RETURN count(r) AS removed
