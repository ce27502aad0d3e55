// Everything above a body: each reporting line of the upward kinds once, with the fewest
// lines from the body to it, and each entity reached with its depth.
// Params: $id, $kinds, $depth.
MATCH (start:Body {id: $id})
WITH start, COLLECT {
  MATCH p = (start)-[:REPORTING_LINE*1..12]->(:Entity)
  WHERE length(p) <= $depth AND all(r IN relationships(p) WHERE r.kind IN $kinds)
  UNWIND range(1, length(p)) AS depth
  WITH relationships(p)[depth - 1] AS r, depth
  WITH r, min(depth) AS depth
  ORDER BY depth, startNode(r).id, endNode(r).id, r.kind
  RETURN {r: r, depth: depth}
} AS lines
CALL (start, lines) {
  UNWIND lines AS line
  WITH start, endNode(line.r) AS n, min(line.depth) AS depth
  WHERE n <> start
  WITH n, depth ORDER BY depth, n.id
  RETURN collect({depth: depth, node: {id: n.id}}) AS nodes
}
RETURN {body: {chainUp: {
  nodes: nodes,
  lines: [line IN lines | {kind: line.r.kind, text: line.r.text,
          sources: [i IN range(0, size(coalesce(line.r.sourceIds, [])) - 1) | {locator: line.r.locators[i]}]}]
}}} AS data
