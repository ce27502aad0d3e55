// Test check: chains of reporting lines of one kind from one body to another (at most 4 steps).
// Params: $from (body id), $to (body id), $kind (REPORTS_TO, SUBORDINATE_TO, PREPARES_FOR, ...).
// Returns: path (ids of the bodies along the chain), texts (the Swedish text of each line),
// ordered by path length.
MATCH p = (:Entity {id: $from})-[:REPORTING_LINE*1..4]->(:Entity {id: $to})
WHERE all(r IN relationships(p) WHERE r.kind = $kind)
RETURN [n IN nodes(p) | n.id] AS path, [r IN relationships(p) | r.text] AS texts
ORDER BY size(path), path
