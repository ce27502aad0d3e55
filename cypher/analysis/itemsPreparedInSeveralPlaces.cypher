// Items prepared in more than one place: items with two or more distinct preparers
// (PREPARED_BY), each with the sources that say so.
//
// Params: $area (area id or null: only items covering it or an area inside it, PART_OF
// upwards or INCLUDES downwards), $topic (topic id or null: only items on it or on a narrower
// topic, BROADER at any depth), $asOf (YYYY-MM-DD or null: only preparers that existed on that
// day, by the relationship's validFrom/validTo or the preparer's founded/dissolved; unknown
// bounds do not exclude), $first (limit).
// Indexes: topic_id (the $topic look-up, then BROADER downwards); items are scanned by label and
// each item's area is walked upwards (at most 4 steps) to meet $area.
// Returns: item (properties), preparers ([{labels, props, rel}], ordered by id).
MATCH (i:Item)
WHERE ($area IS NULL OR EXISTS {
        MATCH (i)-[:COVERS]->(:Area) ((x:Area)-[r:PART_OF|INCLUDES]-(y:Area)
          WHERE (type(r) = 'PART_OF' AND startNode(r) = x) OR (type(r) = 'INCLUDES' AND endNode(r) = x)){0,4} (:Area {id: $area}) })
  AND ($topic IS NULL OR EXISTS { (i)-[:CONCERNS]->(:Topic)-[:BROADER*0..10]->(:Topic {id: $topic}) })
WITH i, COLLECT {
  MATCH (i)-[r:PREPARED_BY]->(p:Entity)
  WHERE $asOf IS NULL OR (coalesce(r.validFromStart, p.foundedStart, $asOf) <= $asOf AND coalesce(r.validToEnd, p.dissolvedEnd, $asOf) >= $asOf)
  RETURN {labels: labels(p), props: properties(p), rel: properties(r)} AS preparer ORDER BY p.id
} AS preparers
WHERE size(preparers) > 1
RETURN properties(i) AS item, preparers
ORDER BY i.id
LIMIT $first
