// Test check: who attended one meeting, with party, role and status.
// Params: $meeting (meeting id).
// Returns: name, party, role, roleText, status, representing (id) - ordered by name.
MATCH (p:Person)-[a:ATTENDED]->(:Meeting {id: $meeting})
RETURN p.name AS name, p.party AS party, a.role AS role, a.roleText AS roleText, a.status AS status,
       a.representing AS representing
ORDER BY name
