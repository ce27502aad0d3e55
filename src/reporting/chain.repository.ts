import type { Database } from '../db/database';
import { toNode } from '../shared/registry';
import type { Node } from '../shared/types';
import { reportingLine, type ReportingLine } from './reporting-line.type';

export const HARD_MAX_DEPTH = 12;

export interface ChainRows {
  lines: { line: ReportingLine; depth: number }[];
  truncated: boolean;
}

function lineOf(row: Record<string, any>): ReportingLine {
  return reportingLine(toNode(row.fromProps, row.fromLabels) as Node, toNode(row.toProps, row.toLabels) as Node, row.rel);
}

/**
 * The lines of a chain up or down to `depth`. One statement: it asks one level deeper
 * than wanted, only to tell the caller whether the chain was cut short.
 */
export async function chain(db: Database, direction: 'up' | 'down', id: string, kinds: string[], depth: number, asOf: string | null): Promise<ChainRows> {
  const rows = await db.read(direction === 'up' ? 'reporting/chainUp' : 'reporting/chainDown', {
    id, kinds, depth: Math.min(depth + 1, HARD_MAX_DEPTH), asOf,
  });
  return {
    lines: rows.filter((r) => r.depth <= depth).map((r) => ({ line: lineOf(r), depth: r.depth })),
    truncated: rows.some((r) => r.depth > depth),
  };
}

export async function paths(db: Database, from: string, to: string, kinds: string[], asOf: string | null, limit: number): Promise<ReportingLine[][]> {
  const rows = await db.read('reporting/paths', { from, to, kinds, asOf, limit });
  return rows.map((r) => r.steps.map(lineOf));
}
