// Test check: the seats of one body: role, count, who holds the seat and whom it represents.
// Params: $body (body id).
// Returns: role, roleText, count, holder (person/post/organisation id or null),
// representing (id or null) - ordered by role, holder, representing.
MATCH (m:Membership)-[:OF_BODY]->(:Body {id: $body})
OPTIONAL MATCH (m)-[:HELD_BY]->(h)
OPTIONAL MATCH (m)-[:REPRESENTS]->(r)
RETURN m.role AS role, m.roleText AS roleText, m.count AS count, h.id AS holder, r.id AS representing
ORDER BY role, holder, representing
