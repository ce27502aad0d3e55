// Writes seed nodes. Params: $rows [{id, label, props}]. Uses the Entity id constraint.
// SET n = props replaces every property, so loading twice gives the same node.
// Versions (see write/lock): a new node starts at 1; a reload that changes a node's
// properties bumps its version, so a client holding the old version gets CONFLICT;
// a reload that changes nothing keeps it, so loading twice still gives the same graph.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row, properties(n) AS old, row.props AS new
SET n = new
SET n:$(row.label)
SET n.version = CASE
  WHEN old.version IS NULL THEN 1
  WHEN old = new {.*, version: old.version} THEN old.version
  ELSE old.version + 1
END
