// How a streamed load's :Load node ends when the load did not finish ('failed'), or changed nothing (then it goes:
// a load that changed nothing leaves no record).
MATCH (l:Load {id: $loadId})
FOREACH (ignored IN CASE WHEN $status = 'unchanged' THEN [1] ELSE [] END | DELETE l)
FOREACH (ignored IN CASE WHEN $status = 'failed' THEN [1] ELSE [] END |
  SET l.status = 'failed', l.finishedAt = datetime(), l.error = $error)
