// The upward reporting chain of an entity: every reporting line reachable by following
// lines of the given kinds outwards, each with the fewest steps it takes to reach it.
// Many parents per body and cycles are fine: a path never repeats a relationship, and
// the result is the set of lines, not the (possibly many) paths.
// Params: $id, $kinds, $depth (<= 12, the hard bound), $asOf (null = any time).
// Uses: Entity id constraint. Returns: fromLabels, fromProps, rel, toLabels, toProps, depth.
MATCH (start:Entity {id: $id})
MATCH p = (start)-[:REPORTING_LINE*1..12]->(:Entity)
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
