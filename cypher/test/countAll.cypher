// Test check: how many entities, relationships and audit records there are.
// Returns: nodes, relationships, audits.
CALL { MATCH (n:Entity) RETURN count(n) AS nodes }
CALL { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
CALL { MATCH (a:AuditRecord) RETURN count(a) AS audits }
RETURN nodes, relationships, audits
