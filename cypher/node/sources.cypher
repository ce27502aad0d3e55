// Source documents by id (for citations). Params: $ids. Returns: props.
MATCH (s:Source) WHERE s.id IN $ids
RETURN properties(s) AS props
