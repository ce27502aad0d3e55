// One page of bodies covering an area or an area inside it, by name, with the total.
// Params: $area, $first.
MATCH (scope:Area {id: $area})
CALL (scope) {
  MATCH (scope)<-[:PART_OF*0..3]-(a:Area) RETURN a
  UNION
  MATCH (scope)-[:INCLUDES]->(a:Area) RETURN a
}
MATCH (a)<-[:COVERS]-(b:Body)
WITH DISTINCT b
ORDER BY b.sortName, b.id
WITH collect(b) AS bodies
RETURN {bodies: {
  totalCount: size(bodies),
  nodes: [b IN bodies[0..$first] | {id: b.id, name: b.name, classification: b.classification,
          area: head([(b)-[:COVERS]->(a:Entity) | {name: a.name}])}]
}} AS data
