import type { Database, Tx } from '../db/database';
import type { StatementName } from '../db/statements';
import { formatProblem } from './files';
import { deriveFacts } from './derive';
import { toGraph, type Graph } from './graph';
import { readSeedSet } from './seedset';

const BATCH = 500;

/** Thrown when a seed file is wrong; its message lists every problem with file and line. */
export class SeedError extends Error {}

/** Reads and validates the seed directory into rows, or throws SeedError listing every problem. */
export function readGraph(dir: string): Graph {
  const { set, problems } = readSeedSet(dir);
  if (!set) {
    throw new SeedError(`seed files are invalid; nothing was loaded:\n${problems.map((p) => '  ' + formatProblem(p)).join('\n')}`);
  }
  const graph = toGraph(set.files);
  // Derived facts (shared topics, tags from mandate texts, similar mandates): see src/seed/derive.ts.
  const derived = deriveFacts(graph, set, dir);
  if (derived.length > 0) {
    throw new SeedError(`the topic vocabulary is invalid; nothing was loaded:\n${derived.map((p) => '  ' + formatProblem(p)).join('\n')}`);
  }
  return graph;
}

/**
 * Loads the seed in one transaction: validation first (a bad file loads nothing), then
 * upserts, so loading twice leaves the same graph. With `reset`, the old graph is removed
 * in the same transaction.
 */
export async function loadSeed(db: Database, dir: string, options: { reset?: boolean } = {}): Promise<{ nodes: number; relationships: number }> {
  const graph = readGraph(dir);
  await db.transaction(async (tx) => {
    if (options.reset) await tx.run('seed/reset');
    await inBatches(tx, 'seed/upsertNodes', graph.nodes);
    await inBatches(tx, 'seed/upsertRelationships', graph.rels);
  });
  return { nodes: graph.nodes.length, relationships: graph.rels.length };
}

/** Seeds only a graph without entities; returns what was loaded, or undefined. */
export async function seedIfEmpty(db: Database, dir: string): Promise<{ nodes: number; relationships: number } | undefined> {
  const [{ hasData }] = await db.read('seed/hasData');
  return hasData ? undefined : loadSeed(db, dir);
}

async function inBatches(tx: Tx, statement: StatementName, rows: unknown[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await tx.run(statement, { rows: rows.slice(i, i + BATCH) });
  }
}
