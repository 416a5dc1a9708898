// Which office roles anyone holds: when an offices question has no answer, a role no one holds is a clear error
// rather than an empty list.
// No parameters.
MATCH ()-[o:HELD_OFFICE]->()
RETURN DISTINCT o.role AS role
ORDER BY role
