// Waits until every index is online (after the schema of a new database was created in one transaction).
CALL db.awaitIndexes(1800)
