/**
 * The request-wide switch (src/server/stated-only.ts) as a Cypher condition on the entities
 * and relationships named: with `$stated` true, those marked INFERRED are left out. A
 * parameter, so a statement's text (and its cached plan) is the same either way.
 */
export const stated = (...names: string[]): string => `(NOT $stated OR ${names.map((x) => `coalesce(${x}.certainty, 'STATED') = 'STATED'`).join(' AND ')})`;
