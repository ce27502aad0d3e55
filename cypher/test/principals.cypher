// Test check: the organisations that stand behind one body (principals), with validity.
// Params: $body (body id).
// Returns: organisation (id), name, validFrom - ordered by organisation.
MATCH (o:Organisation)-[p:PRINCIPAL_OF]->(:Body {id: $body})
RETURN o.id AS organisation, o.name AS name, p.validFrom AS validFrom
ORDER BY organisation
