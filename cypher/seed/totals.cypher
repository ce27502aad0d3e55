// Totals for the coverage report: nodes and relationships, and how many carry a source.
// Returns: nodes, sourcedNodes, relationships, sourcedRelationships.
CALL { MATCH (n:Entity) RETURN count(n) AS nodes, count(CASE WHEN size(coalesce(n.sourceIds, [])) > 0 THEN 1 END) AS sourcedNodes }
CALL { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships, count(CASE WHEN size(coalesce(r.sourceIds, [])) > 0 THEN 1 END) AS sourcedRelationships }
RETURN nodes, sourcedNodes, relationships, sourcedRelationships
