// The schema migrations applied to this database, with the checksum of each file when it was applied.
MATCH (m:__Neo4jMigration)
RETURN m.version AS version, m.checksum AS checksum
