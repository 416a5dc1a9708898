// Start here: the 2019-2023 trade dispute as a picture — the events that changed Japan's export controls and
// Korea's WTO complaint, who took part, and what each event answered. Switch to the graph view.
// No parameters.
MATCH (e:Event)-[c:CHANGED]->(m:Measure)
WHERE m.id IN ['japan-export-controls-2019', 'japan-white-list-removal-2019', 'korea-white-list-removal-2019',
               'korea-wto-complaint-ds590']
OPTIONAL MATCH (a:Actor)-[p:PARTICIPATED_IN]->(e)
WHERE p.role IN ['initiator', 'target']
OPTIONAL MATCH (e)-[r:RESPONDS_TO|FOLLOWS_UP|CAUSED]-(other:Event)
RETURN e, c, m, a, p, r, other
