// The downward reporting tree of an entity: every line that leads to it, directly or
// through others, of the given kinds, each with the fewest steps from the entity.
// Params: $id, $kinds, $depth (<= 12), $asOf (null = any time).
// Uses: Entity id constraint. Returns: fromLabels, fromProps, rel, toLabels, toProps, depth.
MATCH (start:Entity {id: $id})
MATCH p = (start)<-[:REPORTING_LINE*1..12]-(:Entity)
WHERE length(p) <= $depth
  AND all(r IN relationships(p) WHERE r.kind IN $kinds
      AND ($asOf IS NULL OR (coalesce(r.validFromStart, '0000-01-01') <= $asOf AND coalesce(r.validToEnd, '9999-12-31') >= $asOf)))
WITH p LIMIT 20000
UNWIND range(0, length(p) - 1) AS i
WITH relationships(p)[i] AS r, i + 1 AS depth
WITH r, min(depth) AS depth
RETURN labels(startNode(r)) AS fromLabels, properties(startNode(r)) AS fromProps, properties(r) AS rel,
       labels(endNode(r)) AS toLabels, properties(endNode(r)) AS toProps, depth
ORDER BY depth, fromProps.id, toProps.id
