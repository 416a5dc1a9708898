// Whether a store holds nothing but the schema migrations' bookkeeping (a store started once, with no facts loaded,
// is as empty as a new one): a bulk import needs an empty store, and the start-up warm-up waits for the seeds on one.
MATCH (n)
WHERE NOT n:__Neo4jMigration
RETURN count(n) = 0 AS empty
