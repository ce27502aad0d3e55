// Test check: how many entities carry one id (the entity_id constraint allows one).
// Params: $id. Returns: count.
MATCH (n:Entity {id: $id})
RETURN count(n) AS count
