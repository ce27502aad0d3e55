import type { Database } from '../db/database';

/** What the coverage report says: counts per label/type and source, and the sourced share. */
export interface Coverage {
  rows: { what: 'node' | 'relationship'; name: string; source: string | null; count: number }[];
  nodes: number;
  sourcedNodes: number;
  relationships: number;
  sourcedRelationships: number;
}

export async function coverage(db: Database): Promise<Coverage> {
  const rows = (await db.read('seed/coverage')) as Coverage['rows'];
  const [totals] = await db.read('seed/totals');
  return { rows, ...(totals as Omit<Coverage, 'rows'>) };
}

/** The report as text: one table per kind, sources as columns, then the sourced share. */
export function formatCoverage(c: Coverage): string {
  const sources = [...new Set(c.rows.map((r) => r.source ?? '(none)'))].sort();
  const lines: string[] = [];
  for (const what of ['node', 'relationship'] as const) {
    const names = [...new Set(c.rows.filter((r) => r.what === what).map((r) => r.name))].sort();
    lines.push('', `${what === 'node' ? 'Nodes by label' : 'Relationships by type'} and source (a fact cited by two sources counts under both)`);
    lines.push(['', ...sources].map((s, i) => (i === 0 ? s.padEnd(22) : s.padStart(26))).join(''));
    for (const name of names) {
      const cells = sources.map((s) => String(c.rows.find((r) => r.what === what && r.name === name && (r.source ?? '(none)') === s)?.count ?? '').padStart(26));
      lines.push(name.padEnd(22) + cells.join(''));
    }
  }
  const share = (part: number, all: number) => (all === 0 ? '100.0' : ((100 * part) / all).toFixed(1));
  lines.push('', `nodes with a source: ${c.sourcedNodes}/${c.nodes} (${share(c.sourcedNodes, c.nodes)}%)`);
  lines.push(`relationships with a source: ${c.sourcedRelationships}/${c.relationships} (${share(c.sourcedRelationships, c.relationships)}%)`);
  return lines.join('\n');
}
