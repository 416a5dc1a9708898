// The ids of every fact of a dataset: a streamed full load compares them with its input to find what to prune.
MATCH (n:Fact {dataset: $dataset})
RETURN n.id AS id
