// Items with several deciders: items with two or more distinct deciders (DECIDED_BY), each
// with how it takes part (kind), its condition and the sources that say so. A recommendation
// decision (one body recommends, each principal decides) shows here by design; two bodies that
// both DECIDE break the one-decider rule (RACI) and are worth a look.
//
// Params: $area (area id or null: only items covering it or an area inside it, PART_OF
// upwards or INCLUDES downwards), $topic (topic id or null: only items on it or on a narrower
// topic, BROADER at any depth), $asOf (YYYY-MM-DD or null: only deciders that existed on that
// day, by the relationship's validFrom/validTo or the decider's founded/dissolved; unknown
// bounds do not exclude), $first (limit).
// Indexes: topic_id (the $topic look-up, then BROADER downwards); items are scanned by label and
// each item's area is walked upwards (at most 4 steps) to meet $area.
// Returns: item (properties), deciders ([{labels, props, rel}], ordered by decider id, kind).
MATCH (i:Item)
WHERE ($area IS NULL OR EXISTS {
        MATCH (i)-[:COVERS]->(:Area) ((x:Area)-[r:PART_OF|INCLUDES]-(y:Area)
          WHERE (type(r) = 'PART_OF' AND startNode(r) = x) OR (type(r) = 'INCLUDES' AND endNode(r) = x)){0,4} (:Area {id: $area}) })
  AND ($topic IS NULL OR EXISTS { (i)-[:CONCERNS]->(:Topic)-[:BROADER*0..10]->(:Topic {id: $topic}) })
WITH i, COLLECT {
  MATCH (i)-[r:DECIDED_BY]->(d:Entity)
  WHERE $asOf IS NULL OR (coalesce(r.validFromStart, d.foundedStart, $asOf) <= $asOf AND coalesce(r.validToEnd, d.dissolvedEnd, $asOf) >= $asOf)
  RETURN {labels: labels(d), props: properties(d), rel: properties(r)} AS decider ORDER BY d.id, r.kind
} AS deciders
WHERE size(reduce(ids = [], x IN deciders | CASE WHEN x.props.id IN ids THEN ids ELSE ids + x.props.id END)) > 1
RETURN properties(i) AS item, deciders
ORDER BY i.id
LIMIT $first
