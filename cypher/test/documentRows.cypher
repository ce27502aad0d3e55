// Test check: the documents a source cites at a place whose locator starts with a prefix
// (e.g. one table of agreements), with the columns such tables carry.
// Params: $source (Source id), $prefix (locator prefix).
// Returns: id, title, termsText, recommendedBy, preparedBy, responsible (sorted id lists),
// ordered by title.
MATCH (d:Document)
WHERE $source IN d.sourceIds
  AND any(j IN range(0, size(d.sourceIds) - 1) WHERE d.sourceIds[j] = $source AND d.locators[j] STARTS WITH $prefix)
RETURN d.id AS id, d.title AS title, d.termsText AS termsText,
       COLLECT { MATCH (d)-[:RECOMMENDED_BY]->(x) RETURN x.id ORDER BY x.id } AS recommendedBy,
       COLLECT { MATCH (d)-[:PREPARED_BY]->(x) RETURN x.id ORDER BY x.id } AS preparedBy,
       COLLECT { MATCH (d)-[:RESPONSIBLE]->(x) RETURN x.id ORDER BY x.id } AS responsible
ORDER BY title
