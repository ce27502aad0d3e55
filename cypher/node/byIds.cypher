// Entities by id, any kind. Params: $ids, $stated (only stated entities: src/server/stated-only.ts).
// Uses the Entity id constraint.
// Returns: id, labels, props.
MATCH (n:Entity) WHERE n.id IN $ids AND (NOT $stated OR coalesce(n.certainty, 'STATED') = 'STATED')
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
