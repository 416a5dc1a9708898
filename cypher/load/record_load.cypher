// One :Load node per load that changed something: what was loaded, when, and what it did.
CREATE (l:Load {
  id: $loadId,
  dataset: $dataset,
  files: $files,
  startedAt: $now,
  finishedAt: datetime(),
  full: $full,
  created: $created,
  updated: $updated,
  unchanged: $unchanged,
  removed: $removed
})
