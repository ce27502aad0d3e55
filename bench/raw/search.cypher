// Full-text search ranked as govgraph ranks it: candidates from the name, Swedish and
// folded indexes; exact name first, then folded exact, prefix, all words, substring, other;
// then score, name, id. Params: $query, $foldedQuery, $namesQuery (Lucene, escaped), $exact,
// $folded, $words (the text as name keys), $kinds (searchable labels), $first.
CALL {
  CALL db.index.fulltext.queryNodes('search_names', $namesQuery, {limit: 500}) YIELD node
  RETURN node, 0.0 AS score
  UNION ALL
  CALL db.index.fulltext.queryNodes('search', $query, {limit: 500}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('search_folded', $foldedQuery, {limit: 500}) YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score
WITH node, score, coalesce(node.foldedNameKeys, []) AS keys
WITH node, score, CASE
    WHEN $folded = '' THEN 5
    WHEN $exact IN node.nameKeys THEN 0
    WHEN $folded IN keys THEN 1
    WHEN any(k IN keys WHERE k STARTS WITH $folded) THEN 2
    WHEN any(k IN keys WHERE all(w IN $words WHERE (' ' + k + ' ') CONTAINS (' ' + w + ' '))) THEN 3
    WHEN any(k IN keys WHERE k CONTAINS $folded) THEN 4
    ELSE 5
  END AS rank
ORDER BY rank, score DESC, node.sortName, node.id
LIMIT $first
RETURN {search: collect({kind: [l IN labels(node) WHERE l IN $kinds][0], score: score, node: {id: node.id}})} AS data
