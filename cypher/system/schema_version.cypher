// The highest schema migration applied, or 0.
MATCH (m:__Neo4jMigration)
RETURN coalesce(max(m.version), 0) AS v
