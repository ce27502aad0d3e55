// Search over bodies, organisations, items, documents, commissions, topics, mandates,
// persons and indicators. Candidates come from three indexes: `search_names` (each name
// and alternative name as one normalised term: exact, whole-name prefix and, for three
// characters or more, substring), `search` (Swedish analyzer: stemming, å/ä/ö) and
// `search_folded` (diacritics removed, for words typed without them).
// Ranked by how the name matches (nameKeys, foldedNameKeys: src/shared/derived.ts): 0 exactly as typed
// (diacritics count), 1 exactly once diacritics are folded, 2 the name starts with the
// text, 3 the name has every word of the text, 4 the name contains the text, 5 the text
// matches elsewhere (description, mandate text); then by full-text score, folded name, id.
// Params: $query and $foldedQuery (Lucene, built by search.repository.ts with special
// characters escaped), $namesQuery (Lucene over the name terms, escaped), $exact and
// $folded (the text as a name key with and without diacritics; '' when a word of it has no
// letter or digit, so no name matches), $words (its folded words),
// $labels (null = all searchable kinds), $limit. Returns: labels, props, score, rank.
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
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
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
RETURN labels(node) AS labels, properties(node) AS props, score, rank
ORDER BY rank, score DESC, node.sortName, node.id
LIMIT $limit
