// One relationship between two entities, by type and key. Params: $from, $to, $type, $key.
// Returns: props (null when there is none).
MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
WHERE type(r) = $type AND r.key = $key
RETURN properties(r) AS props
