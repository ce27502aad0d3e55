// Test only: a read that holds $n strings in memory at once, to meet the transaction
// memory cap. Params: $n. Returns: size.
UNWIND range(1, $n) AS i
WITH collect('govgraph-' + toString(i)) AS many
RETURN size(many) AS size
