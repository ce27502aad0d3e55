// Full-text search over both indexes (Swedish and folded), an entity's better score kept,
// best first. Params: $query, $foldedQuery (Lucene, escaped), $kinds (searchable labels), $first.
CALL {
  CALL db.index.fulltext.queryNodes('search', $query, {limit: 500}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('search_folded', $foldedQuery, {limit: 500}) YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score
ORDER BY score DESC, node.id
LIMIT $first
RETURN {search: collect({kind: [l IN labels(node) WHERE l IN $kinds][0], score: score, node: {id: node.id}})} AS data
