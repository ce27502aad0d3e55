// Outgoing relationships of the given types from each entity, with the entity at the far
// end. Params: $ids, $types, $stated (only stated relationships and entities,
// src/server/stated-only.ts). Returns: id, rel (properties incl. sourceIds), labels, props.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE type(r) IN $types
  AND (NOT $stated OR (coalesce(r.certainty, 'STATED') = 'STATED' AND coalesce(b.certainty, 'STATED') = 'STATED'))
RETURN id, type(r) AS type, properties(r) AS rel, labels(b) AS labels, properties(b) AS props
ORDER BY id, coalesce(b.sortName, b.id), type(r), elementId(r)
