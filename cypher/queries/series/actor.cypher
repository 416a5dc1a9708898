// Whether an actor exists, so that a series filtered by an unknown actor is a 404 rather than an empty series.
// :param actor => 'japan'
MATCH (a:Actor {id: $actor})
RETURN a.id AS id;
