// Test check: one commission (uppdrag) with who gave it, who carries it out, whom it
// reports back to, and when.
// Params: $id (commission id).
// Returns: title, issuedBy, assignedTo, reportTo (sorted id lists), issuedOn, due,
// dueMeeting (meeting id or null), dueMeetingDate, status, item (item id or null), sourceIds.
MATCH (c:Commission {id: $id})
OPTIONAL MATCH (c)-[:DUE_AT]->(m:Meeting)
OPTIONAL MATCH (c)-[:FOR_ITEM]->(i:Item)
RETURN c.title AS title,
       COLLECT { MATCH (c)-[:ISSUED_BY]->(x) RETURN x.id ORDER BY x.id } AS issuedBy,
       COLLECT { MATCH (c)-[:ASSIGNED_TO]->(x) RETURN x.id ORDER BY x.id } AS assignedTo,
       COLLECT { MATCH (c)-[:REPORTS_BACK_TO]->(x) RETURN x.id ORDER BY x.id } AS reportTo,
       c.issuedOn AS issuedOn, c.due AS due, m.id AS dueMeeting, m.date AS dueMeetingDate,
       c.status AS status, i.id AS item, c.sourceIds AS sourceIds
