// Test cleanup: removes what a test wrote citing its own source, and their audit records.
// Params: $id.
MATCH (n:Entity) WHERE $id IN n.sourceIds
OPTIONAL MATCH (a:AuditRecord)-[:CHANGED_ENTITY]->(n)
DETACH DELETE a, n
