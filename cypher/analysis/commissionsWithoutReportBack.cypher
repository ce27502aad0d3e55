// Commissions without a report-back body: commissions (uppdrag) with no REPORTS_BACK_TO, so
// nobody is named to receive the result.
//
// Params: $area (area id or null: only commissions whose item, issuer or assignee covers it or
// an area inside it, PART_OF upwards or INCLUDES downwards), $topic (topic id or null: only
// commissions on it or a narrower topic, by their own topics or their item's), $asOf
// (YYYY-MM-DD or null: only commissions that may have been given by that day; an unknown issue
// date does not exclude), $first (limit).
// Indexes: topic_id (the $topic look-up, then BROADER downwards); commissions are scanned by
// label and the areas of their item, issuer and assignees walked upwards (at most 4 steps).
// Returns: commission (properties).
MATCH (c:Commission)
WHERE NOT EXISTS { (c)-[:REPORTS_BACK_TO]->() }
  AND ($asOf IS NULL OR coalesce(c.issuedOnStart, $asOf) <= $asOf)
  AND ($area IS NULL OR EXISTS {
        MATCH (c)-[:FOR_ITEM|ISSUED_BY|ASSIGNED_TO]->()-[:COVERS]->(:Area) ((x:Area)-[r:PART_OF|INCLUDES]-(y:Area)
          WHERE (type(r) = 'PART_OF' AND startNode(r) = x) OR (type(r) = 'INCLUDES' AND endNode(r) = x)){0,4} (:Area {id: $area}) })
  AND ($topic IS NULL OR EXISTS { (c)-[:CONCERNS|FOR_ITEM*1..2]->(:Topic)-[:BROADER*0..10]->(:Topic {id: $topic}) })
RETURN properties(c) AS commission
ORDER BY c.id
LIMIT $first
