// Test check: every citation points at a loaded source document and has its locator.
// Params: none.
// Returns: sources (ids of all Source nodes, sorted); danglingNodeCitations and
// danglingRelationshipCitations (citations of a source id that has no Source node);
// unpairedNodes and unpairedRelationships (sourceIds and locators of different length).
CALL { MATCH (s:Source) WITH s ORDER BY s.id RETURN collect(s.id) AS sources }
CALL {
  MATCH (n:Entity)
  RETURN sum(size([s IN n.sourceIds WHERE NOT EXISTS { MATCH (:Source {id: s}) }])) AS danglingNodeCitations,
         count(CASE WHEN size(n.sourceIds) <> size(n.locators) THEN 1 END) AS unpairedNodes
}
CALL {
  MATCH (:Entity)-[r]->(:Entity)
  RETURN sum(size([s IN r.sourceIds WHERE NOT EXISTS { MATCH (:Source {id: s}) }])) AS danglingRelationshipCitations,
         count(CASE WHEN size(r.sourceIds) <> size(r.locators) THEN 1 END) AS unpairedRelationships
}
RETURN sources, danglingNodeCitations, danglingRelationshipCitations, unpairedNodes, unpairedRelationships
