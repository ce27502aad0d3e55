// Test check: the nodes that more than one source document cites (declared in one file,
// cited by another under `mentions`, or an SCB area a document names).
// Params: none.
// Returns: id, sourceIds (in citation order) - one row per node, ordered by id.
MATCH (n:Entity)
WHERE size(n.sourceIds) > 1
RETURN n.id AS id, n.sourceIds AS sourceIds
ORDER BY id
