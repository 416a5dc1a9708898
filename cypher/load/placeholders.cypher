// A streamed load writes in chunks; a relationship may point at a fact a later chunk writes. Its end node is
// created bare here (no kind label, no properties but the dataset, so a full load prunes it if it never comes)
// and the later chunk completes it.
UNWIND $ids AS id
MERGE (n:Fact {id: id})
ON CREATE SET n.dataset = $dataset, n.loadId = $loadId
