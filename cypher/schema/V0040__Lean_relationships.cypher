// Relationships used to carry copies of their owner's provenance (sources, method, confidence, dataset), a content
// hash of their own and the load's id and times: eight properties on each of millions of relationships, written
// by every load. They keep only their own properties and the id of the fact that declares them now; everything
// else is read from that fact. This removes the copies from stores loaded before, in batches (an auto-commit
// statement), so a large store does not need one huge transaction.
MATCH ()-[r]->()
WHERE r.owner IS NOT NULL
  AND (r.hash IS NOT NULL OR r.loadId IS NOT NULL OR r.dataset IS NOT NULL OR r.sources IS NOT NULL
       OR r.method IS NOT NULL OR r.confidence IS NOT NULL OR r.firstLoaded IS NOT NULL OR r.lastChanged IS NOT NULL)
CALL (r) {
  REMOVE r.sources, r.method, r.confidence, r.dataset, r.hash, r.firstLoaded, r.lastChanged, r.loadId
} IN TRANSACTIONS OF 10000 ROWS;
