// Outgoing relationships of the given types from each entity, with the entity at the far
// end. Params: $ids, $types. Returns: id, rel (properties incl. sourceIds), labels, props.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE type(r) IN $types
RETURN id, type(r) AS type, properties(r) AS rel, labels(b) AS labels, properties(b) AS props
ORDER BY id, coalesce(b.sortName, b.id), type(r), elementId(r)
