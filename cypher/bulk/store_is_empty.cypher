// Whether a store can take a bulk import: it holds nothing but the schema migrations' bookkeeping (a store started
// once, with no facts loaded, is as empty as a new one).
MATCH (n)
WHERE NOT n:__Neo4jMigration
RETURN count(n) = 0 AS empty
