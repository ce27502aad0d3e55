// The coverage report's facts: per source document, how many nodes and relationships cite it,
// by certainty (a fact cited twice by one source counts once; a fact cited by two sources
// counts under both), and every locator the source is cited with (the report matches their
// quoted fragments against the source's text, src/seed/coverage.ts).
// Returns: source, file, title, what ('node' | 'relationship'), certainty ('STATED' | 'INFERRED'),
// count, locators.
CALL () {
  MATCH (n:Entity)
  UNWIND range(0, size(coalesce(n.sourceIds, [])) - 1) AS i
  RETURN n.sourceIds[i] AS source, 'node' AS what, coalesce(n.certainty, 'STATED') AS certainty, elementId(n) AS fact, n.locators[i] AS locator
  UNION ALL
  MATCH (:Entity)-[r]->(:Entity)
  UNWIND range(0, size(coalesce(r.sourceIds, [])) - 1) AS i
  RETURN r.sourceIds[i] AS source, 'relationship' AS what, coalesce(r.certainty, 'STATED') AS certainty, elementId(r) AS fact, r.locators[i] AS locator
}
WITH source, what, certainty, count(DISTINCT fact) AS count, collect(DISTINCT locator) AS locators
OPTIONAL MATCH (s:Source {id: source})
RETURN source, s.file AS file, s.title AS title, what, certainty, count, locators
ORDER BY source, what, certainty
