// A streamed load writes in many transactions: before the first, it leaves a :Load node saying it is running, so
// that a crash midway leaves a record that the load did not finish. Returns the loads of the dataset that never did.
CREATE (:Load {id: $loadId, dataset: $dataset, files: $files, startedAt: $now, status: 'running'})
WITH 1 AS done
OPTIONAL MATCH (earlier:Load {dataset: $dataset})
WHERE earlier.status IN ['running', 'failed'] AND earlier.id <> $loadId
RETURN earlier.id AS id, toString(earlier.startedAt) AS startedAt, earlier.status AS status
ORDER BY earlier.startedAt
