// Every list-valued property of every entity and relationship, each read whole from the
// store: reading a list that the bulk importer wrote wrongly fails here ("Unable to read
// property value"). Scans everything; for tests on small generated graphs.
// Returns: owner (an entity's id, or from|type|key|to for a relationship), key, value.
CALL () {
  MATCH (n:Entity)
  UNWIND keys(n) AS key
  WITH n, key, n[key] AS value
  WHERE value IS :: LIST<ANY>
  RETURN n.id AS owner, key, value
  UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity)
  UNWIND keys(r) AS key
  WITH a, r, b, key, r[key] AS value
  WHERE value IS :: LIST<ANY>
  RETURN a.id + '|' + type(r) + '|' + r.key + '|' + b.id AS owner, key, value
}
RETURN owner, key, value
