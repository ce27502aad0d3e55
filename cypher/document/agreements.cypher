// The agreements register: documents with validity terms, with their decided extensions
// and whether a later document supersedes them, optionally only those with a given party,
// responsible/following-up body, or covering an area (or an area inside it).
// Params: $party, $responsible, $area (ids or null). Uses: document_kind index, Entity ids.
// Returns: props (document properties), extendedUntil, superseded.
MATCH (d:Document)
WHERE d.termsText IS NOT NULL
  AND ($party IS NULL OR EXISTS { (d)-[:PARTY]->(:Entity {id: $party}) })
  AND ($responsible IS NULL OR EXISTS { (d)-[:RESPONSIBLE|FOLLOWED_UP_BY|RECOMMENDED_BY|PREPARED_BY|ADOPTED_BY]->(:Entity {id: $responsible}) })
  AND ($area IS NULL
       OR EXISTS { (d)-[:COVERS]->(:Area)-[:PART_OF|INCLUDES*0..3]-(:Area {id: $area}) }
       OR EXISTS { (d)-[:PARTY]->()-[:COVERS]->(:Area)-[:PART_OF*0..3]->(:Area {id: $area}) })
OPTIONAL MATCH (d)-[:HAS_EXTENSION]->(e:Extension)
WITH d, [u IN collect(e.untilEnd) WHERE u IS NOT NULL] AS extendedUntil
RETURN properties(d) AS props, extendedUntil,
       EXISTS { (d)<-[:SUPERSEDES]-(:Document) } AS superseded
ORDER BY d.sortName
