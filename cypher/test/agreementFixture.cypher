// A document with validity terms as the seed stores them (partial dates already bounded:
// *Start/*End), its decided extensions, and a later document superseding it if $superseded.
// test/agreement-status.test.ts creates it inside a transaction that it rolls back, so no
// other test ever sees it. Params: $id, $terms (map of properties), $extendedUntil (last
// days of the extensions), $superseded (bool).
CREATE (d:Entity:Document {id: $id, title: $id, termsText: 'test terms'})
SET d += $terms
FOREACH (i IN range(0, size($extendedUntil) - 1) |
  CREATE (d)-[:HAS_EXTENSION]->(:Entity:Extension {id: $id + '-extension-' + i, untilEnd: $extendedUntil[i]}))
FOREACH (x IN CASE WHEN $superseded THEN [1] ELSE [] END | CREATE (d)<-[:SUPERSEDES]-(:Entity:Document {id: $id + '-successor', title: 'successor'}))
