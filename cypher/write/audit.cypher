// Records one write: who, when, what, before and after (JSON), and the cited source.
// Params: $record (map), $entityId. The record links to the entity it changed.
CREATE (a:AuditRecord)
SET a = $record
WITH a
MATCH (e:Entity {id: $entityId})
CREATE (a)-[:CHANGED_ENTITY]->(e)
RETURN properties(a) AS props
