// Items nobody decides: items with no decider (DECIDED_BY), with the steps that nonetheless
// look like decisions (so a reader can tell a gap in the sources from a gap in the data).
//
// Params: $area (area id or null: only items covering it or an area inside it, PART_OF
// upwards or INCLUDES downwards), $topic (topic id or null: only items on it or on a narrower
// topic, BROADER at any depth), $asOf (YYYY-MM-DD or null: a decider counts only if it existed
// on that day, by the relationship's validFrom/validTo or the decider's founded/dissolved,
// unknown bounds not excluding; decision-like steps count only if they may have happened on or
// before that day), $first (limit).
// Indexes: topic_id (the $topic look-up, then BROADER downwards); items are scanned by label and
// each item's area is walked upwards (at most 4 steps) to meet $area.
// Returns: item (properties), decisionSteps (step properties, by date; undated last).
MATCH (i:Item)
WHERE ($area IS NULL OR EXISTS {
        MATCH (i)-[:COVERS]->(:Area) ((x:Area)-[r:PART_OF|INCLUDES]-(y:Area)
          WHERE (type(r) = 'PART_OF' AND startNode(r) = x) OR (type(r) = 'INCLUDES' AND endNode(r) = x)){0,4} (:Area {id: $area}) })
  AND ($topic IS NULL OR EXISTS { (i)-[:CONCERNS]->(:Topic)-[:BROADER*0..10]->(:Topic {id: $topic}) })
  AND NOT EXISTS {
    MATCH (i)-[r:DECIDED_BY]->(d:Entity)
    WHERE $asOf IS NULL OR (coalesce(r.validFromStart, d.foundedStart, $asOf) <= $asOf AND coalesce(r.validToEnd, d.dissolvedEnd, $asOf) >= $asOf) }
RETURN properties(i) AS item, COLLECT {
  MATCH (s:Step)-[:STEP_OF]->(i)
  WHERE s.kind IN ['DECISION', 'RECOMMENDATION_DECISION', 'DIRECTION_DECISION', 'APPROVAL', 'ADOPTION', 'ENDORSEMENT']
    AND ($asOf IS NULL OR coalesce(s.dateStart, $asOf) <= $asOf)
  RETURN properties(s) AS step
  ORDER BY coalesce(s.dateStart, '9999-12-31'), s.id
} AS decisionSteps
ORDER BY i.id
LIMIT $first
