// How many entities and relationships a generated graph holds, from Neo4j's count store
// (no scan, so it is instant at a million nodes). The migrations' own :Migration nodes are
// bookkeeping, not data: only :Entity nodes are counted. Returns: nodes, relationships.
CALL { MATCH (n:Entity) RETURN count(n) AS nodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
