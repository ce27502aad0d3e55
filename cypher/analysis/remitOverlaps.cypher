// Remit overlaps: pairs of mandates of two different bodies that meet on topic or text, area
// and period, classified in GAO's terms. One row per pair of mandates; bodyA has the smaller id.
//
// A mandate's remit: its topics (those it is stated to concern or, when it names none, its
// body's topics; plus the shared topics its text was tagged with, CONCERNS with a `rule`),
// each with the shared vocabulary topics it lies within (SHARED_TOPIC from it or a broader
// topic), so topics of different documents meet; its area (or, when it names none, its
// body's area); its period validFrom..validTo (or, when it gives none, its body's
// founded..dissolved), each partial date taken at its widest (first possible day .. last
// possible day). A mandate with no area, or with neither a topic nor a similar text, is left out.
// Two remits meet when
//   - topics or text: a topic of one is a topic of the other, or broader/narrower (BROADER,
//     any depth); or their texts are alike (SIMILAR_TO, made at seed load by
//     src/analysis/similarity.ts for mandates of one county, with the score and passages);
//   - areas: the same area, or one inside the other (PART_OF upwards, INCLUDES downwards);
//   - periods: they may have held on a common day (an unknown bound does not exclude).
// A body and a body it is part of (PART_OF, any depth) are one structure: never compared.
// Classification (first rule that holds; "similar" is a SIMILAR_TO link between the two):
//   DUPLICATION   a shared capacity, a shared topic or similar texts, and the same area;
//   OVERLAP       a shared capacity, topics shared or broader/narrower or similar texts, areas
//                 the same or nested;
//   FRAGMENTATION no shared capacity but a shared topic or similar texts - unless another pair
//                 of mandates of the same two bodies shares a capacity on one of those topics.
// Pairs with only broader/narrower topics, no shared capacity and no similar text are not returned.
// Params: $asOf (YYYY-MM-DD or null: both mandates held on that day), $area (area id or null:
// at least one of the two areas is it or inside it), $topic (topic id or null: a shared or
// broader/narrower topic is it or narrower), $classifications (list or null), $first (limit),
// $bodies (ids or null: the bodies cypher/analysis/remitScope.cypher finds for $area and
// $topic; null reads every body).
//
// How it scales: filters first, then pairs only remits whose areas meet.
//   1. Only the bodies a pair under the filters can involve ($bodies, found by
//      cypher/analysis/remitScope.cypher from the filter's area and topic), when filtered.
//   2. Every mandate of those bodies (all of them, so the FRAGMENTATION rule sees every
//      other pair of the same two bodies) with its remit, those not held on $asOf left out.
//   3. Pairs by area: each remit is grouped under every area it lies in (its own and those
//      its area walks up to, at most 4 steps), and paired only with the remits whose own
//      area is that one - a join on area ids, not every mandate against every other.
//   4. The rules above on those pairs, then the filters exactly as stated.
// Returns: classification, bodyA, bodyB, mandateA, mandateB, areaA, areaB (properties),
// capacities, sharedTopics (properties), relatedTopics ({broader, narrower} properties),
// similarity (null, or {score, method, passages: [{a, b, score}]}, a from mandateA, b from mandateB),
// periodFrom, periodTo (the days both may hold; null where open or unknown).
MATCH (b:Body)-[:HAS_MANDATE]->(m:Mandate)
WHERE $bodies IS NULL OR b.id IN $bodies
WITH b, m,
     coalesce(head([(m)-[:COVERS]->(a:Area) | a]), head([(b)-[:COVERS]->(a:Area) | a])) AS area,
     coalesce(m.validFromStart, b.foundedStart) AS from,
     coalesce(m.validToEnd, b.dissolvedEnd) AS to,
     CASE WHEN EXISTS { (m)-[c:CONCERNS]->(:Topic) WHERE c.rule IS NULL }
          THEN COLLECT { MATCH (m)-[c:CONCERNS]->(t:Topic) WHERE c.rule IS NULL RETURN t }
          ELSE COLLECT { MATCH (b)-[:CONCERNS]->(t:Topic) RETURN t } END
       + COLLECT { MATCH (m)-[c:CONCERNS]->(t:Topic) WHERE c.rule IS NOT NULL RETURN t } AS own
WITH b, m, area, from, to,
     own + COLLECT { UNWIND own AS t MATCH (t)-[:BROADER*0..10]->(:Topic)-[:SHARED_TOPIC]->(s:Topic) RETURN s } AS reached
WITH b, m, area, from, to, COLLECT { UNWIND reached AS t RETURN DISTINCT t ORDER BY t.id } AS topics
WHERE area IS NOT NULL AND (size(topics) > 0 OR EXISTS { (m)-[:SIMILAR_TO]-(:Mandate) })
  AND ($asOf IS NULL OR ((from IS NULL OR from <= $asOf) AND (to IS NULL OR to >= $asOf)))
WITH b, m, area, from, to,
     [t IN topics | {topic: t, up: [(t)-[:BROADER*1..10]->(u:Topic) | u.id]}] AS topics,
     COLLECT { MATCH (area) ((x:Area)-[r:PART_OF|INCLUDES]-(y:Area)
                 WHERE (type(r) = 'PART_OF' AND startNode(r) = x) OR (type(r) = 'INCLUDES' AND endNode(r) = x)){0,4} (u:Area)
               RETURN DISTINCT u.id } AS areaUp
WITH {body: b, mandate: m, area: area, areaUp: areaUp, topics: topics, from: from, to: to,
      // Each SIMILAR_TO link once per mandate, oriented from this mandate, so pairs look them up by id.
      similar: COLLECT { MATCH (m)-[s:SIMILAR_TO]-(o:Mandate)
                         RETURN {other: o.id, score: s.score, method: s.method,
                                 mine: CASE WHEN startNode(s) = m THEN s.passagesFrom ELSE s.passagesTo END,
                                 theirs: CASE WHEN startNode(s) = m THEN s.passagesTo ELSE s.passagesFrom END,
                                 scores: s.passageScores} }} AS remit
// Each remit under every area it lies in; paired with the remits whose own area that is.
UNWIND remit.areaUp AS u
WITH u, collect(remit) AS within
UNWIND [y IN within WHERE y.area.id = u] AS y
UNWIND within AS x
// A pair whose areas each lie in the other's (the same area) comes from both sides: kept once.
WITH x, y
WHERE x.body <> y.body AND (NOT x.area.id IN y.areaUp OR x.body.id < y.body.id)
WITH CASE WHEN x.body.id < y.body.id THEN x ELSE y END AS r1, CASE WHEN x.body.id < y.body.id THEN y ELSE x END AS r2
WITH r1, r2, r1.body AS b1, r2.body AS b2
WHERE (r1.from IS NULL OR r2.to IS NULL OR r1.from <= r2.to)
  AND (r2.from IS NULL OR r1.to IS NULL OR r2.from <= r1.to)
  AND NOT EXISTS { (b1)-[:PART_OF]->+(b2) }
  AND NOT EXISTS { (b2)-[:PART_OF]->+(b1) }
WITH r1, r2, b1, b2, head([x IN r1.similar WHERE x.other = r2.mandate.id]) AS similar,
     [t IN r1.topics WHERE any(s IN r2.topics WHERE s.topic = t.topic) | t.topic] AS sharedTopics,
     [c IN r1.mandate.capacities WHERE c IN r2.mandate.capacities] AS capacities,
     COLLECT { UNWIND r1.topics AS t1 UNWIND r2.topics AS t2
               WITH t1, t2 WHERE t2.topic.id IN t1.up OR t1.topic.id IN t2.up
               WITH CASE WHEN t2.topic.id IN t1.up THEN [t2.topic, t1.topic] ELSE [t1.topic, t2.topic] END AS pair
               RETURN {broader: pair[0], narrower: pair[1]} ORDER BY pair[0].id, pair[1].id } AS relatedTopics
WITH r1, r2, b1, b2, sharedTopics, capacities, relatedTopics, similar,
     CASE
       WHEN size(capacities) > 0 AND (size(sharedTopics) > 0 OR similar IS NOT NULL) AND r1.area = r2.area THEN 'DUPLICATION'
       WHEN size(capacities) > 0 AND (size(sharedTopics) > 0 OR size(relatedTopics) > 0 OR similar IS NOT NULL) THEN 'OVERLAP'
       WHEN size(sharedTopics) > 0 OR similar IS NOT NULL THEN 'FRAGMENTATION'
     END AS classification
WHERE classification IS NOT NULL
WITH b1, b2, collect({r1: r1, r2: r2, sharedTopics: sharedTopics, capacities: capacities, relatedTopics: relatedTopics, similar: similar,
                      classification: classification}) AS pairs
UNWIND pairs AS p
WITH p, p.r1 AS r1, p.r2 AS r2
WHERE (p.classification <> 'FRAGMENTATION'
       OR none(q IN pairs WHERE size(q.capacities) > 0 AND any(t IN q.sharedTopics WHERE t IN p.sharedTopics)))
  AND ($classifications IS NULL OR p.classification IN $classifications)
  AND ($area IS NULL OR $area IN r1.areaUp OR $area IN r2.areaUp)
  AND ($topic IS NULL OR any(t IN r1.topics + r2.topics
        WHERE ($topic = t.topic.id OR $topic IN t.up)
          AND (t.topic IN p.sharedTopics OR any(x IN p.relatedTopics WHERE t.topic IN [x.broader, x.narrower]))))
RETURN p.classification AS classification,
       properties(r1.body) AS bodyA, properties(r2.body) AS bodyB,
       properties(r1.mandate) AS mandateA, properties(r2.mandate) AS mandateB,
       properties(r1.area) AS areaA, properties(r2.area) AS areaB,
       p.capacities AS capacities,
       [t IN p.sharedTopics | properties(t)] AS sharedTopics,
       [x IN p.relatedTopics | {broader: properties(x.broader), narrower: properties(x.narrower)}] AS relatedTopics,
       CASE WHEN p.similar IS NULL THEN null ELSE {
         score: p.similar.score, method: p.similar.method,
         passages: [i IN range(0, size(coalesce(p.similar.scores, [])) - 1) | {a: p.similar.mine[i], b: p.similar.theirs[i], score: p.similar.scores[i]}]
       } END AS similarity,
       CASE WHEN r1.from IS NULL OR (r2.from IS NOT NULL AND r2.from > r1.from) THEN r2.from ELSE r1.from END AS periodFrom,
       CASE WHEN r1.to IS NULL OR (r2.to IS NOT NULL AND r2.to < r1.to) THEN r2.to ELSE r1.to END AS periodTo
ORDER BY CASE p.classification WHEN 'DUPLICATION' THEN 0 WHEN 'OVERLAP' THEN 1 ELSE 2 END,
         r1.body.id, r2.body.id, r1.mandate.id, r2.mandate.id
LIMIT $first
