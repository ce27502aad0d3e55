// Replaces a relationship's properties. Params: $from, $to, $type, $key, $props.
MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
WHERE type(r) = $type AND r.key = $key
SET r = $props
RETURN properties(r) AS props
