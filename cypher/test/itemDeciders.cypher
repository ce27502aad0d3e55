// Test check: who decides, recommends, endorses or approves one item, and on what condition.
// Params: $item (item id).
// Returns: by (id), byName, kind, condition - ordered by kind, by.
MATCH (:Item {id: $item})-[r:DECIDED_BY]->(x)
RETURN x.id AS by, x.name AS byName, r.kind AS kind, r.condition AS condition
ORDER BY kind, by
