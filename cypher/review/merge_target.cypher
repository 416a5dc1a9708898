// The event a candidate is merged into: it must be an event that counts (curated, or accepted), never a candidate.
// :param into => '2023-03-16-tokyo-summit'
MATCH (e:Event {id: $into})
RETURN e.id AS id, e.status AS status
