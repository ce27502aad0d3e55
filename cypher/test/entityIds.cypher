// Test check: the id of every entity, in order (for comparing a loaded graph with what was
// generated; only for small graphs). Returns: id.
MATCH (n:Entity)
RETURN n.id AS id
ORDER BY id
