// Whether an actor exists: a question filtered by an unknown actor is a 404 rather than an empty answer.
// :param actor => 'japan'
MATCH (a:Actor {id: $actor})
RETURN a.id AS id;
