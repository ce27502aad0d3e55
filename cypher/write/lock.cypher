// Takes the write lock of an entity for the rest of the transaction and bumps its version,
// then returns its state as it was before this write (for checks and the audit record).
// Params: $id. Returns: id, labels, props (props.version is the version before the write);
// no row when no entity has the id.
//
// Every write to an existing entity runs this first. Neo4j locks a node exclusively when a
// transaction writes it, until the transaction ends, so concurrent writes to one entity
// queue on the SET below and each then reads what the previous one committed: no write is
// applied on top of a stale read, and the audit's "before" is the state really replaced.
// A write refused afterwards (CONFLICT, bad input) rolls the bump back.
//
// Why a separate :WriteLock node rather than the entity itself: writes then create
// relationships at the entity (the audit record's CHANGED_ENTITY, a link), and Neo4j 5
// reports DeadlockDetected when a transaction that set an entity's property creates a
// relationship there while others wait for that entity (measured: over 1,000 retries for
// 50 concurrent updates). Writers wait on the lock node instead, which nothing links to.
// Entities stored before versions existed (no `version`) count as version 1.
MERGE (l:WriteLock {id: $id})
SET l.writes = coalesce(l.writes, 0) + 1
WITH l
MATCH (n:Entity {id: $id})
SET n.version = coalesce(n.version, 1) + 1
WITH n, properties(n) AS now
RETURN n.id AS id, labels(n) AS labels, now {.*, version: now.version - 1} AS props
