// The shortest ways two bodies are connected through reporting lines of any kind, either
// way along each line. Params: $from, $to, $first.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:REPORTING_LINE*..12]-(b))
WITH p LIMIT $first
RETURN {reportingPaths: collect({length: length(p), lines: [r IN relationships(p) |
  {kind: r.kind, from: {id: startNode(r).id}, to: {id: endNode(r).id}}]})} AS data
