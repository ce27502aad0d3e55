// Test check: the indicators a source cites, each with its measures in the order written.
// Params: $source (Source id).
// Returns: indicator (name), topics (sorted topic ids), measures (names, in source order) -
// ordered by indicator id.
MATCH (i:Indicator)
WHERE $source IN i.sourceIds
RETURN i.name AS indicator,
       COLLECT { MATCH (i)-[:CONCERNS]->(t:Topic) RETURN t.id ORDER BY t.id } AS topics,
       COLLECT {
         MATCH (i)-[:HAS_MEASURE]->(m:Measure)
         RETURN m.name ORDER BY toInteger(last(split(m.id, '-')))
       } AS measures
ORDER BY i.id
