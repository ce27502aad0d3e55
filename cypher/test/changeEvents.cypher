// Test check: the history (change events) of a set of bodies.
// Params: $ids (body ids); an event is returned when its subject, predecessor or successor is one of them.
// Returns: date, kind, subject, predecessor, successor (ids), oldName, newName, text -
// ordered by date, kind.
MATCH (e:ChangeEvent)-[:CHANGED|PREDECESSOR|SUCCESSOR]->(b)
WHERE b.id IN $ids
WITH DISTINCT e
OPTIONAL MATCH (e)-[:CHANGED]->(s)
OPTIONAL MATCH (e)-[:PREDECESSOR]->(p)
OPTIONAL MATCH (e)-[:SUCCESSOR]->(n)
RETURN e.date AS date, e.kind AS kind, s.id AS subject, p.id AS predecessor, n.id AS successor,
       e.oldName AS oldName, e.newName AS newName, e.text AS text
ORDER BY date, kind
