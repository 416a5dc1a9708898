// Start here: which measures (export controls, disputes, pacts, channels) were in force on a day, and since when.
// :param on => date('2021-06-01')
MATCH (m:Measure)<-[c:CHANGED]-(e:Event)
WHERE c.effective <= $on
WITH m, c, e ORDER BY c.effective DESC
WITH m, collect({status: c.status, since: c.effective, event: e.id})[0] AS latest
WHERE latest.status IN ['in_force', 'terminating']
RETURN m.id AS measure, m.name AS name, latest.status AS status, latest.since AS since, latest.event AS byEvent
ORDER BY since
