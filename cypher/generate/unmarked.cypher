// How much of a graph is not marked synthetic: entities and relationships without
// `synthetic: true` (a generated graph has none). Scans everything.
// Returns: unmarkedNodes, unmarkedRelationships.
CALL { MATCH (n:Entity) WHERE n.synthetic IS NULL OR n.synthetic <> true RETURN count(n) AS unmarkedNodes }
CALL { MATCH ()-[r]->() WHERE r.synthetic IS NULL OR r.synthetic <> true RETURN count(r) AS unmarkedRelationships }
RETURN unmarkedNodes, unmarkedRelationships
