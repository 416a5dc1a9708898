// Stores loaded before V0005 have no longSpan flag on their events. Flag those lasting longer than 366 days, as the
// loader now does, so that the period queries find them. (The loader's content hash covers the flag, so the next
// load of these facts rewrites them once, the same way.)
MATCH (e:Event)
WHERE e.longSpan IS NULL AND e.dateEnd > e.date + duration({days: 366})
SET e.longSpan = true;
