// Audit records, newest first, optionally for one entity or one actor.
// Params: $entity, $actor (null = all), $limit. Uses: audit_at index.
// Returns: props.
MATCH (a:AuditRecord)
WHERE ($entity IS NULL OR a.entityId = $entity OR a.otherId = $entity) AND ($actor IS NULL OR a.actor = $actor)
RETURN properties(a) AS props
ORDER BY a.at DESC, a.id DESC
LIMIT $limit
