// The migration files already applied. Returns: id.
MATCH (m:Migration) RETURN m.id AS id
