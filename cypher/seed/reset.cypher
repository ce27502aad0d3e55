// Removes every entity and audit record, keeping the migration history. Used by `npm run seed -- --reset`.
MATCH (n) WHERE n:Entity OR n:AuditRecord
DETACH DELETE n
