// Test check: how many nodes of each label cite one source document (a node cited by
// several documents counts under each of them).
// Params: $source (a Source id, e.g. 'src-000' or 'scb-kommun-och-lanskoder').
// Returns: label, count - one row per label, ordered by label.
MATCH (n:Entity)
WHERE $source IN n.sourceIds
WITH [l IN labels(n) WHERE l <> 'Entity'][0] AS label, count(*) AS count
RETURN label, count
ORDER BY label
