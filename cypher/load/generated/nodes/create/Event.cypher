// Generated from cypher/load/templates/create_nodes.cypher by LoadQueryFilesTests; edit the template.
// Creates Event facts that were not in the graph when this transaction looked for them (a streamed load).
// Each node is written whole, its properties named one by one. Should a concurrent load create one of them in
// between, the id constraint fails this transaction and nothing of it is written; running the load again converges.
UNWIND $rows AS row
CREATE (n:Fact:Event {id: row.id, fact: row.fact, sources: row.sources, method: row.method, confidence: row.confidence, dataset: row.dataset, notes: row.notes, file: row.file, hash: row.hash, type: row.type, title: row.title, name: row.name, summary: row.summary, aliasText: row.aliasText, date: row.date, datePrecision: row.datePrecision, dateText: row.dateText, dateEnd: row.dateEnd, endDate: row.endDate, endDatePrecision: row.endDatePrecision, endDateText: row.endDateText, longSpan: row.longSpan, year: row.year, plover: row.plover, mode: row.mode, cameo: row.cameo, quadClass: row.quadClass, goldstein: row.goldstein, firstLoaded: $now, lastChanged: $now, loadId: $loadId})
RETURN count(n) AS created
