// The agreements register: documents with validity terms, with their decided extensions
// and whether a later document supersedes them, optionally only those with a given party,
// responsible/following-up body, or in an area: covering it or an area inside it, or
// with a party that covers such an area. "Inside" only goes down (PART_OF towards the
// area, or INCLUDES from it), never up to the country and back.
// Params: $party, $responsible, $area (ids or null). Uses: Entity id constraint.
// Returns: props (document properties), extendedUntil, superseded.
OPTIONAL MATCH (scope:Area {id: $area})
WITH CASE WHEN scope IS NULL THEN null
          ELSE [(scope)<-[:PART_OF*0..3]-(a:Area) | a.id] + [(scope)-[:INCLUDES]->(a:Area) | a.id] END AS inside
MATCH (d:Document)
WHERE d.termsText IS NOT NULL
  AND ($party IS NULL OR EXISTS { (d)-[:PARTY]->(:Entity {id: $party}) })
  AND ($responsible IS NULL OR EXISTS { (d)-[:RESPONSIBLE|FOLLOWED_UP_BY|RECOMMENDED_BY|PREPARED_BY|ADOPTED_BY]->(:Entity {id: $responsible}) })
  AND ($area IS NULL
       OR EXISTS { MATCH (d)-[:COVERS]->(c:Area) WHERE c.id IN inside }
       OR EXISTS { MATCH (d)-[:PARTY]->()-[:COVERS]->(c:Area) WHERE c.id IN inside })
OPTIONAL MATCH (d)-[:HAS_EXTENSION]->(e:Extension)
WITH d, [u IN collect(e.untilEnd) WHERE u IS NOT NULL] AS extendedUntil
RETURN properties(d) AS props, extendedUntil,
       EXISTS { (d)<-[:SUPERSEDES]-(:Document) } AS superseded
ORDER BY d.sortName
