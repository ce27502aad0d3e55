// Writes seed nodes. Params: $rows [{id, label, props}]. Uses the Entity id constraint.
// SET n = props replaces every property, so loading twice gives the same node.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
SET n:$(row.label)
