import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../config';

/**
 * Named Cypher statements: `cypher/body/byIds.cypher` is `body/byIds`. Read once, on first
 * use, so a reviewer can paste any of them into a Neo4j console with its parameters.
 */
const CYPHER_DIR = join(ROOT, 'cypher');
let statements: Map<string, string> | undefined;

function readAll(dir: string, into: Map<string, string>): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) readAll(path, into);
    else if (name.endsWith('.cypher')) into.set(relative(CYPHER_DIR, path).replace(/\.cypher$/, ''), readFileSync(path, 'utf8'));
  }
}

export function cypher(name: string): string {
  if (!statements) {
    statements = new Map();
    readAll(CYPHER_DIR, statements);
  }
  const text = statements.get(name);
  if (text === undefined) throw new Error(`no Cypher statement named '${name}' in ${CYPHER_DIR}`);
  return text;
}
