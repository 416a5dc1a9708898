// One :Load node per load that changed something: what was loaded, when, and what it did. A streamed load made its
// node at the start (status 'running', see start_load); this completes it. Earlier loads of the dataset that never
// finished, from the same files, are marked as recovered by this one, which wrote everything they meant to.
MERGE (l:Load {id: $loadId})
SET l.dataset = $dataset,
    l.files = $files,
    l.startedAt = $now,
    l.finishedAt = datetime(),
    l.status = 'done',
    l.full = $full,
    l.created = $created,
    l.updated = $updated,
    l.unchanged = $unchanged,
    l.removed = $removed
WITH l
OPTIONAL MATCH (earlier:Load {dataset: $dataset})
WHERE earlier.status IN ['running', 'failed'] AND earlier.id <> $loadId AND earlier.files = $files
SET earlier.status = 'recovered', earlier.recoveredBy = $loadId
