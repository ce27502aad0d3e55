// Creates the nodes of a new entity. Params: $rows [{id, label, props}] (props carry
// version 1). CREATE, not MERGE: when the id exists, or a concurrent write creates it
// first, the entity_id uniqueness constraint refuses this write
// (Neo.ClientError.Schema.ConstraintValidationFailed) instead of merging into that entity.
UNWIND $rows AS row
CREATE (n:Entity)
SET n = row.props
SET n:$(row.label)
