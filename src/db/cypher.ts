import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../config';
import type { StatementName } from './statements';

/**
 * Named Cypher statements: `cypher/body/byIds.cypher` is `body/byIds`. Read once, on first
 * use, so a reviewer can paste any of them into a Neo4j console with its parameters.
 * cypher/migrations/ is not among them: src/db/migrate.ts applies every file there in order.
 */
const CYPHER_DIR = join(ROOT, 'cypher');
const MIGRATIONS = join(CYPHER_DIR, 'migrations');
let statements: Map<string, string> | undefined;

function readAll(dir: string, into: Map<string, string>): void {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (path === MIGRATIONS) continue;
    if (statSync(path).isDirectory()) readAll(path, into);
    else if (name.endsWith('.cypher')) into.set(relative(CYPHER_DIR, path).replace(/\.cypher$/, ''), readFileSync(path, 'utf8'));
  }
}

function all(): Map<string, string> {
  if (!statements) {
    statements = new Map();
    readAll(CYPHER_DIR, statements);
  }
  return statements;
}

/** The names of the statement files under cypher/, sorted (src/db/statements.ts lists them). */
export const statementFiles = (): string[] => [...all().keys()].sort();

export function cypher(name: StatementName): string {
  const text = all().get(name);
  if (text === undefined) throw new Error(`no Cypher statement named '${name}' in ${CYPHER_DIR}`);
  return text;
}
