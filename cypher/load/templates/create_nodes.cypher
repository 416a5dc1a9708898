// Creates __LABELS__ facts that were not in the graph when this transaction looked for them (a streamed load).
// Each node is written whole, its properties named one by one. Should a concurrent load create one of them in
// between, the id constraint fails this transaction and nothing of it is written; running the load again converges.
UNWIND $rows AS row
CREATE (n:Fact:__LABELS__ {__PROPERTIES__, firstLoaded: $now, lastChanged: $now, loadId: $loadId})
RETURN count(n) AS created
