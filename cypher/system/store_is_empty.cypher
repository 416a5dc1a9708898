// Whether a store holds nothing but the schema migrations' bookkeeping (a store started once, with no facts loaded,
// is as empty as a new one): a bulk import needs an empty store, and the start-up warm-up waits for the seeds on one.
// EXISTS stops at the first such node: every start asks, and a count would read every node of a large store.
RETURN NOT EXISTS { MATCH (n) WHERE NOT n:__Neo4jMigration } AS empty
