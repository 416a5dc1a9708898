// Records that a schema migration file was applied.
MERGE (m:__Neo4jMigration {version: $version})
SET m.description = $description, m.checksum = $checksum, m.installedOn = datetime()
