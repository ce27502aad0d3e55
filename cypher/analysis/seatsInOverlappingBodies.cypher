// Seats in bodies on the same topic: a person or a post holding seats (Membership HELD_BY,
// OF_BODY) in two bodies whose topics meet - a topic of both, or one broader than the other
// (BROADER, any depth). A body's topics are its own and its mandates' (CONCERNS).
// One row per holder and pair of bodies; bodyA has the smaller id.
//
// Params: $area (area id or null: at least one of the two bodies covers it or an area inside
// it, PART_OF upwards or INCLUDES downwards), $topic (topic id or null: a shared or
// broader/narrower topic is it or narrower), $asOf (YYYY-MM-DD or null: only seats held, and
// bodies existing, on that day; unknown bounds do not exclude), $first (limit).
// How it scales: with $area, only the holders of a seat in a body covering an area at most
// 4 steps below it (as bodies walk up) are looked at, found from those areas through COVERS,
// OF_BODY and HELD_BY; a holder is paired only when one of its bodies lies in $area and one
// is on $topic, before any pair is formed. Each body's topics and areas are read once, not
// once per holder; pairs are formed per holder, among its own bodies.
// Returns: holder ({labels, props}), bodyA, bodyB (properties), seatsA, seatsB (membership
// properties, by id), sharedTopics (properties), relatedTopics ({broader, narrower} properties).
OPTIONAL MATCH (scope:Area {id: $area})
WITH CASE WHEN scope IS NULL THEN null ELSE COLLECT {
       MATCH (scope) ((x:Area)-[r:PART_OF|INCLUDES]-(y:Area)
               WHERE (type(r) = 'PART_OF' AND endNode(r) = x) OR (type(r) = 'INCLUDES' AND startNode(r) = x)){0,4} (d:Area)
       RETURN DISTINCT d } END AS inside
CALL (inside) {
  WITH inside WHERE inside IS NOT NULL
  UNWIND inside AS a
  MATCH (a)<-[:COVERS]-(:Body)<-[:OF_BODY]-(:Membership)-[:HELD_BY]->(h)
  RETURN DISTINCT h
  UNION
  WITH inside WHERE inside IS NULL
  MATCH (h)<-[:HELD_BY]-(:Membership)
  RETURN DISTINCT h
}
MATCH (h)<-[:HELD_BY]-(s:Membership)-[:OF_BODY]->(b:Body)
WHERE (h:Person OR h:Post)
  AND ($asOf IS NULL OR (coalesce(s.validFromStart, b.foundedStart, $asOf) <= $asOf AND coalesce(s.validToEnd, b.dissolvedEnd, $asOf) >= $asOf))
WITH h, b, s ORDER BY s.id
WITH h, b, collect(s) AS seats
WITH b, collect({holder: h, seats: seats}) AS held
WITH b, held,
     [t IN COLLECT { MATCH (b)-[:HAS_MANDATE*0..1]->()-[:CONCERNS]->(t:Topic) RETURN DISTINCT t ORDER BY t.id }
      | {topic: t, up: [(t)-[:BROADER*1..10]->(u:Topic) | u.id]}] AS topics,
     COLLECT { MATCH (b)-[:COVERS]->(:Area) ((x:Area)-[r:PART_OF|INCLUDES]-(y:Area)
                 WHERE (type(r) = 'PART_OF' AND startNode(r) = x) OR (type(r) = 'INCLUDES' AND endNode(r) = x)){0,4} (u:Area)
               RETURN DISTINCT u.id } AS areaUp
WHERE size(topics) > 0
UNWIND held AS seat
WITH seat.holder AS h, {body: b, seats: seat.seats, topics: topics, areaUp: areaUp} AS body
WITH h, collect(body) AS bodies
WHERE size(bodies) > 1
  AND ($area IS NULL OR any(x IN bodies WHERE $area IN x.areaUp))
  AND ($topic IS NULL OR any(x IN bodies WHERE any(t IN x.topics WHERE $topic = t.topic.id OR $topic IN t.up)))
UNWIND bodies AS x
UNWIND bodies AS y
WITH h, x, y
WHERE x.body.id < y.body.id
WITH h, x, y,
     [t IN x.topics WHERE any(u IN y.topics WHERE u.topic = t.topic) | t.topic] AS sharedTopics,
     COLLECT { UNWIND x.topics AS t1 UNWIND y.topics AS t2
               WITH t1, t2 WHERE t2.topic.id IN t1.up OR t1.topic.id IN t2.up
               WITH CASE WHEN t2.topic.id IN t1.up THEN [t2.topic, t1.topic] ELSE [t1.topic, t2.topic] END AS pair
               RETURN {broader: pair[0], narrower: pair[1]} ORDER BY pair[0].id, pair[1].id } AS relatedTopics
WHERE (size(sharedTopics) > 0 OR size(relatedTopics) > 0)
  AND ($area IS NULL OR $area IN x.areaUp OR $area IN y.areaUp)
  AND ($topic IS NULL OR any(t IN x.topics + y.topics
        WHERE ($topic = t.topic.id OR $topic IN t.up)
          AND (t.topic IN sharedTopics OR any(p IN relatedTopics WHERE t.topic IN [p.broader, p.narrower]))))
RETURN {labels: labels(h), props: properties(h)} AS holder,
       properties(x.body) AS bodyA, properties(y.body) AS bodyB,
       [s IN x.seats | properties(s)] AS seatsA, [s IN y.seats | properties(s)] AS seatsB,
       [t IN sharedTopics | properties(t)] AS sharedTopics,
       [p IN relatedTopics | {broader: properties(p.broader), narrower: properties(p.narrower)}] AS relatedTopics
ORDER BY h.id, x.body.id, y.body.id
LIMIT $first
