// Writes through the API are serialised per entity on a :WriteLock node with the entity's
// id (see cypher/write/lock.cypher); the constraint makes its MERGE safe under concurrency.
CREATE CONSTRAINT write_lock_id IF NOT EXISTS FOR (l:WriteLock) REQUIRE l.id IS UNIQUE;
// Every entity carries a version that each write through the API increments (optimistic
// concurrency: expectedVersion). Entities stored before versions existed start at 1.
// Idempotent: only entities without a version are touched.
MATCH (n:Entity) WHERE n.version IS NULL
SET n.version = 1;
