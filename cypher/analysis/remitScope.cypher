// The bodies a remit overlap (cypher/analysis/remitOverlaps.cypher) under $area and $topic
// can involve, found from the area and the topic through the graph, so the overlap
// statement computes remits and pairs for them only. A superset: the overlap statement
// applies the filters exactly.
//   With $area: bodies with a mandate or an area covering an area at most 8 steps below
//   it, or at most 4 above such an area (a pair in $area has a remit in an area at most 4
//   steps below it, as remits walk up, and the other in an area at most 4 above or below
//   that one).
//   With $topic: bodies that concern, or have a mandate that concerns, a topic at most 10
//   steps below it or 10 above or below such a topic (a pair on $topic has a topic at or
//   below it on one side, and the same or a broader or narrower one on the other); for a
//   shared vocabulary topic also the topics that lie within it (SHARED_TOPIC) and those
//   below them, as remits reach their shared topics through these.
// Params: $area, $topic (ids or null). Uses: Area and Topic id constraints.
// Returns: bodies (ids).
OPTIONAL MATCH (t0:Topic {id: $topic})
WITH CASE WHEN t0 IS NULL THEN null
          ELSE reduce(ids = [], t IN [(t0)<-[:BROADER*0..10]-(t:Topic) | t] |
                 ids + [(t)-[:BROADER*0..10]->(u:Topic) | u.id] + [(t)<-[:BROADER*0..10]-(u:Topic) | u.id])
               + [(t0)<-[:SHARED_TOPIC]-(:Topic)<-[:BROADER*0..10]-(u:Topic) | u.id] END AS onTopic
OPTIONAL MATCH (scope:Area {id: $area})
WITH onTopic, CASE WHEN scope IS NULL THEN null ELSE COLLECT {
       MATCH (scope) ((x:Area)-[r:PART_OF|INCLUDES]-(y:Area)
               WHERE (type(r) = 'PART_OF' AND endNode(r) = x) OR (type(r) = 'INCLUDES' AND startNode(r) = x)){0,8} (d:Area)
             ((x2:Area)-[r2:PART_OF|INCLUDES]-(y2:Area)
               WHERE (type(r2) = 'PART_OF' AND startNode(r2) = x2) OR (type(r2) = 'INCLUDES' AND endNode(r2) = x2)){0,4} (v:Area)
       RETURN DISTINCT v } END AS inArea
CALL (onTopic, inArea) {
  WITH onTopic, inArea WHERE inArea IS NOT NULL
  UNWIND inArea AS v
  MATCH (v)<-[:COVERS]-()<-[:HAS_MANDATE*0..1]-(b:Body)
  RETURN DISTINCT b
  UNION
  WITH onTopic, inArea WHERE inArea IS NULL
  MATCH (b:Body)
  RETURN b
}
WITH onTopic, b
WHERE onTopic IS NULL OR EXISTS { MATCH (b)-[:HAS_MANDATE*0..1]->()-[:CONCERNS]->(t:Topic) WHERE t.id IN onTopic }
RETURN collect(b.id) AS bodies
