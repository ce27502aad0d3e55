// Full-text search over bodies, organisations, items, documents, commissions, topics,
// mandates, persons and indicators, best first. Two indexes on the same text: `search`
// (Swedish analyzer: stemming, å/ä/ö) and `search_folded` (diacritics removed, for words
// typed without them); an entity found by both keeps its better score.
// Params: $query and $foldedQuery (Lucene syntax, built from user words by
// search.repository.ts with special characters escaped), $labels (null = all searchable
// kinds), $limit. Returns: labels, props, score.
CALL {
  CALL db.index.fulltext.queryNodes('search', $query, {limit: 500}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('search_folded', $foldedQuery, {limit: 500}) YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
RETURN labels(node) AS labels, properties(node) AS props, score
ORDER BY score DESC, node.id
LIMIT $limit
