// The ids the benchmark asks about in a generated graph: the body with the most
// principals (a county's joint forum) and the area it covers; the item, prepared by a
// joint body, with the most deciders, then steps; the first body (by id) with upward
// lines two levels up, and the entity two lines above it.
// Params: $upward (the upward kinds of line).
CALL () {
  MATCH (b:Body)
  WITH b, COUNT { (b)<-[:PRINCIPAL_OF]-() } AS principals
  ORDER BY principals DESC, b.id
  LIMIT 1
  RETURN b
}
CALL () {
  MATCH (j:Body)<-[:PREPARED_BY]-(i:Item)
  WHERE EXISTS { (j)<-[:PRINCIPAL_OF]-() }
  WITH DISTINCT i
  WITH i, COUNT { (i)-[:DECIDED_BY]->() } AS deciders, COUNT { (i)<-[:STEP_OF]-() } AS steps
  ORDER BY deciders DESC, steps DESC, i.id
  LIMIT 1
  RETURN i
}
CALL () {
  MATCH (s:Body)-[r1:REPORTING_LINE]->(:Entity)-[r2:REPORTING_LINE]->(t:Entity)
  WHERE r1.kind IN $upward AND r2.kind IN $upward AND s <> t
  WITH s, t
  ORDER BY s.id, t.id
  LIMIT 1
  RETURN s, t
}
RETURN b.id AS body, head([(b)-[:COVERS]->(a:Area) | a.id]) AS area, i.id AS item, s.id AS chainFrom, t.id AS chainTo
