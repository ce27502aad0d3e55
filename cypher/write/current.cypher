// The current state of entities before a write (for checks and the audit record).
// Params: $ids. Returns: id, labels, props.
MATCH (n:Entity) WHERE n.id IN $ids
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
