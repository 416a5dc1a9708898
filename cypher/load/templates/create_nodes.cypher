// Creates facts that were not in the graph when this transaction looked for them (a streamed load), of every kind
// whose properties are a closed list: one statement for all of them, so Cypher plans it once rather than once per
// label set (planning was most of the seeds' load at start-up). The labels come from the model, never from input.
// Each node is written whole, its properties named one by one (a map would make Cypher buffer every row first):
// __PROPERTIES__ names every property of every such kind; a row gives those of its own kind, and a property it
// does not give is null, which CREATE does not store. Should a concurrent load create one of these facts in
// between, the id constraint fails this transaction and nothing of it is written; running the load again converges.
// The plan (a create, no reads) never changes with the statistics, so it is not made again as the store grows.
CYPHER replan=skip
UNWIND $rows AS row
CREATE (n:Fact:$(row.labels) {__PROPERTIES__, firstLoaded: $now, lastChanged: $now, loadId: $loadId})
RETURN count(n) AS created
