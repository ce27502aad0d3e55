// Entities by id, any kind. Params: $ids. Uses the Entity id constraint.
// Returns: id, labels, props.
MATCH (n:Entity) WHERE n.id IN $ids
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
