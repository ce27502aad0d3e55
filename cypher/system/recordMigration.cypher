// Records one applied migration file. Params: $id.
MERGE (m:Migration {id: $id})
ON CREATE SET m.appliedAt = toString(datetime())
