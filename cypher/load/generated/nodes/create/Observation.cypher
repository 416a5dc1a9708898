// Generated from cypher/load/templates/create_nodes.cypher by LoadQueryFilesTests; edit the template.
// Creates Observation facts that were not in the graph when this transaction looked for them (a streamed load).
// Each node is written whole, its properties named one by one. Should a concurrent load create one of them in
// between, the id constraint fails this transaction and nothing of it is written; running the load again converges.
UNWIND $rows AS row
CREATE (n:Fact:Observation {id: row.id, fact: row.fact, sources: row.sources, method: row.method, confidence: row.confidence, dataset: row.dataset, notes: row.notes, file: row.file, hash: row.hash, indicator: row.indicator, value: row.value, unit: row.unit, period: row.period, periodPrecision: row.periodPrecision, periodText: row.periodText, periodEnd: row.periodEnd, question: row.question, name: row.name, firstLoaded: $now, lastChanged: $now, loadId: $loadId})
RETURN count(n) AS created
