// The shortest ways two entities are connected through reporting lines, in either
// direction along each line (so two bodies under a common parent are connected).
// Params: $from, $to, $kinds, $asOf, $limit. Uses: Entity id constraint.
// Returns: one row per path: steps (list of {fromLabels, fromProps, rel, toLabels, toProps}).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:REPORTING_LINE*..12]-(b))
WHERE all(r IN relationships(p) WHERE r.kind IN $kinds
      AND ($asOf IS NULL OR (coalesce(r.validFromStart, '0000-01-01') <= $asOf AND coalesce(r.validToEnd, '9999-12-31') >= $asOf)))
WITH p LIMIT $limit
RETURN [r IN relationships(p) | {fromLabels: labels(startNode(r)), fromProps: properties(startNode(r)), rel: properties(r),
        toLabels: labels(endNode(r)), toProps: properties(endNode(r))}] AS steps
