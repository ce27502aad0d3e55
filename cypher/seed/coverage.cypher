// Coverage report: per label or relationship type and source document, how many carry
// that source; and how many carry none. Returns: what, name, source, count.
CALL {
  MATCH (n:Entity)
  WITH [l IN labels(n) WHERE l <> 'Entity'][0] AS name, n.sourceIds AS sources
  UNWIND (CASE WHEN size(coalesce(sources, [])) = 0 THEN [null] ELSE sources END) AS source
  RETURN 'node' AS what, name, source, count(*) AS count
  UNION ALL
  MATCH (:Entity)-[r]->(:Entity)
  WITH type(r) AS name, r.sourceIds AS sources
  UNWIND (CASE WHEN size(coalesce(sources, [])) = 0 THEN [null] ELSE sources END) AS source
  RETURN 'relationship' AS what, name, source, count(*) AS count
}
RETURN what, name, source, count
ORDER BY what, name, source
