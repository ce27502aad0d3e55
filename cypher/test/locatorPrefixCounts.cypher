// Test check: how many nodes of one label a source cites at a place whose locator starts
// with each given prefix (e.g. the rows of one table).
// Params: $source (Source id), $label (node label, e.g. 'Item'), $prefixes (list of strings).
// Returns: prefix, count - one row per prefix, in the order given.
UNWIND range(0, size($prefixes) - 1) AS i
WITH i, $prefixes[i] AS prefix
CALL (prefix) {
  MATCH (n:Entity)
  WHERE $label IN labels(n) AND $source IN n.sourceIds
    AND any(j IN range(0, size(n.sourceIds) - 1) WHERE n.sourceIds[j] = $source AND n.locators[j] STARTS WITH prefix)
  RETURN count(n) AS count
}
RETURN prefix, count
ORDER BY i
