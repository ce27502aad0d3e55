import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../config';
import type { Database } from './database';

const MIGRATIONS_DIR = join(ROOT, 'cypher', 'migrations');

/**
 * Applies cypher/migrations/NNN_name.cypher in order, each statement on its own (schema
 * commands need their own transaction), and records each file as a :Migration node.
 * Every statement is idempotent (IF NOT EXISTS), so a half-applied file is safe to rerun.
 */
export async function migrate(db: Database): Promise<string[]> {
  const applied = new Set((await db.read('system/migrationsApplied')).map((r) => r.id as string));
  const pending = readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{3}_.+\.cypher$/.test(f))
    .sort()
    .filter((f) => !applied.has(f));
  for (const file of pending) {
    for (const statement of statementsOf(file)) {
      try {
        await db.runSchema(statement);
      } catch (e) {
        throw new Error(`migration ${file} failed at '${statement.slice(0, 80)}…': ${(e as Error).message}`, { cause: e });
      }
    }
    await db.write('system/recordMigration', { id: file });
  }
  return pending;
}

/** The statements of one migration file, without comments. */
function statementsOf(file: string): string[] {
  return readFileSync(join(MIGRATIONS_DIR, file), 'utf8')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter(Boolean);
}

/**
 * For a graph loaded without transactions (the bulk importer of src/generate): creates every
 * constraint and index the migrations declare in one schema transaction, so Neo4j fills them
 * all in one pass over the store instead of one pass each (at a million nodes, about 40%
 * less time). migrate() then finds them in place (IF NOT EXISTS), runs the data statements and
 * records every file as usual.
 */
export async function createSchemaAtOnce(db: Database): Promise<void> {
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{3}_.+\.cypher$/.test(f))
    .sort();
  const schema = files.flatMap(statementsOf).filter((s) => /^CREATE\s+(\w+\s+)?(INDEX|CONSTRAINT)\b/i.test(s));
  const session = db.driver.session({ database: db.name });
  try {
    await session.executeWrite(
      async (tx) => {
        for (const statement of schema) await tx.run(statement);
      },
      { timeout: 600_000 },
    );
  } finally {
    await session.close();
  }
}

/** True when every migration file is recorded in the graph (for /ready). */
export async function migrationsComplete(db: Database): Promise<boolean> {
  const applied = new Set((await db.read('system/migrationsApplied')).map((r) => r.id as string));
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{3}_.+\.cypher$/.test(f))
    .every((f) => applied.has(f));
}
