// Test check: the reporting lines that start at one body.
// Params: $from (body id).
// Returns: to (id), toName, kind, text, sourceIds - ordered by to, kind.
MATCH (:Entity {id: $from})-[r:REPORTING_LINE]->(t:Entity)
RETURN t.id AS to, t.name AS toName, r.kind AS kind, r.text AS text, r.sourceIds AS sourceIds
ORDER BY to, kind
