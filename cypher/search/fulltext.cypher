// Full-text search over bodies, organisations, items, documents, commissions, topics,
// mandates, persons and indicators (index `search`, Swedish analyzer), best first.
// Params: $query (Lucene syntax, built from user words by search.repository.ts with
// special characters escaped), $labels (null = all searchable kinds), $limit.
// Returns: labels, props, score.
CALL db.index.fulltext.queryNodes('search', $query, {limit: 500}) YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
RETURN labels(node) AS labels, properties(node) AS props, score
ORDER BY score DESC, node.id
LIMIT $limit
