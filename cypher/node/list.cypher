// One page of entities of one label, filtered and sorted. The label is a parameter
// ($label, dynamic label match: uses the label scan), never query text.
// Params: $label; filters (null = no filter): $name (folded text, matched against
// matchText = name + alternative names), $kindField/$kinds, $tierField/$tiers,
// $area (entity covers it or an area inside it; areas: lie inside it),
// $topic (concerns it or a narrower topic), $asOf (valid that day),
// $dateField with $dateFrom/$dateTo (the partial date may fall in the window);
// sort: $sortField, $descending (rows without the sort key last); page: $after (offset of the last row seen) / $before,
// $first / $last. Returns: total, offset, page (list of {labels, props}).
// The areas inside $area are found once, not once per row.
OPTIONAL MATCH (scope:Area {id: $area})
WITH CASE WHEN scope IS NULL THEN null
          ELSE [(scope)<-[:PART_OF*0..3]-(a:Area) | a.id] + [(scope)-[:INCLUDES]->(a:Area) | a.id] END AS inside
MATCH (n:$($label))
WHERE ($name IS NULL OR n.matchText CONTAINS $name)
  AND ($kinds IS NULL OR n[$kindField] IN $kinds)
  AND ($tiers IS NULL OR n[$tierField] IN $tiers)
  AND ($area IS NULL
       OR (n:Area AND n.id IN inside AND n.id <> $area)
       OR EXISTS { MATCH (n)-[:COVERS]->(c:Area) WHERE c.id IN inside })
  AND ($topic IS NULL OR EXISTS { (n)-[:CONCERNS]->(:Topic)-[:BROADER*0..4]->(:Topic {id: $topic}) })
  AND ($asOf IS NULL OR (coalesce(n.validFromStart, n.foundedStart, '0000-01-01') <= $asOf
                         AND coalesce(n.validToEnd, n.dissolvedEnd, '9999-12-31') >= $asOf))
  AND ($dateFrom IS NULL OR n[$dateField + 'End'] >= $dateFrom)
  AND ($dateTo IS NULL OR n[$dateField + 'Start'] <= $dateTo)
WITH n
ORDER BY n[$sortField] IS NULL,
         CASE WHEN $descending THEN null ELSE n[$sortField] END ASC,
         CASE WHEN $descending THEN n[$sortField] END DESC,
         n.id
WITH collect(n) AS rows
WITH rows, size(rows) AS total,
     CASE WHEN $after IS NULL THEN 0 ELSE $after + 1 END AS lo0,
     CASE WHEN $before IS NULL OR $before > size(rows) THEN size(rows) ELSE $before END AS hi0
WITH rows, total, lo0,
     CASE WHEN $first IS NOT NULL AND lo0 + $first < hi0 THEN lo0 + $first ELSE hi0 END AS hi
WITH rows, total, hi,
     CASE WHEN $last IS NOT NULL AND hi - $last > lo0 THEN hi - $last ELSE lo0 END AS lo
RETURN total, lo AS offset, [x IN rows[lo..hi] | {labels: labels(x), props: properties(x)}] AS page
