// What the graph is at now, in a few index and count-store lookups (no scan): the latest load that changed
// something (every such load leaves a :Load node), the schema version, and the numbers of nodes and relationships
// (kept by the store, so a change no load recorded still shows). The API's ETags are made from it.
// No parameters.
OPTIONAL CALL () {
  MATCH (l:Load) WHERE l.startedAt IS NOT NULL
  RETURN l.id AS load, l.finishedAt AS finished ORDER BY l.startedAt DESC LIMIT 1
}
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (m:__Neo4jMigration) RETURN max(m.version) AS schema }
RETURN load, toString(finished) AS finished, nodes, relationships, schema
