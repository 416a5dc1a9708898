// Generated from cypher/load/templates/create_nodes.cypher by LoadQueryFilesTests; edit the template.
// Creates Source facts that were not in the graph when this transaction looked for them (a streamed load).
// Each node is written whole, its properties named one by one. Should a concurrent load create one of them in
// between, the id constraint fails this transaction and nothing of it is written; running the load again converges.
UNWIND $rows AS row
CREATE (n:Fact:Source {id: row.id, fact: row.fact, sources: row.sources, method: row.method, confidence: row.confidence, dataset: row.dataset, notes: row.notes, file: row.file, hash: row.hash, title: row.title, name: row.name, publisher: row.publisher, author: row.author, published: row.published, publishedPrecision: row.publishedPrecision, publishedText: row.publishedText, url: row.url, language: row.language, type: row.type, corpusFile: row.corpusFile, firstLoaded: $now, lastChanged: $now, loadId: $loadId})
RETURN count(n) AS created
