// Replaces an entity's properties (the caller computed the full new set). Params: $id, $props.
MATCH (n:Entity {id: $id})
SET n = $props
RETURN properties(n) AS props
