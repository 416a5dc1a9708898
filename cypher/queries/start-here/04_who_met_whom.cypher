// Start here: who met whom in a year — pairs of people at the same summits, meetings, visits and calls.
// :param year => 2023
MATCH (a:Person)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b:Person)
WHERE e.year = $year AND e.plover = 'CONSULT' AND a.id < b.id
RETURN a.name AS person, b.name AS met, count(DISTINCT e) AS times, collect(DISTINCT e.dateText) AS dates
ORDER BY times DESC, person
