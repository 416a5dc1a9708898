// Review decisions outlive the facts they judge: a candidate the extractor writes again (a rerun, a reload of its
// output) takes back the status a reviewer gave it (accepted, rejected, merged), in the transaction that wrote it.
// The fact's hash still describes the file's candidate, so an unchanged reload leaves it alone afterwards too.
// :param ids => ['2023-03-16-japan-summit']
UNWIND $ids AS id
MATCH (d:ReviewDecision {id: id})
MATCH (n:Fact {id: id})
WHERE n.status = 'candidate'
SET n.status = d.status
RETURN count(n) AS applied
