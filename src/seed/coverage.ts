import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../config';
import type { Database } from '../db/database';
import type { Graph } from './graph';

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

/**
 * Certainty and citation per source (issue 11, item 5): how many nodes and relationships
 * each source states and how many were inferred from it, and which passages of its text no
 * fact cites. A passage is a paragraph (lines between blank lines) or a table row (a line
 * with tabs); headings, the table of contents and passages under three words are left out.
 * A passage is cited when a locator citing that source quotes from it: each 'quoted' or
 * "quoted" fragment of a locator (split at … and ...) is looked for in the passage, or the
 * passage in the fragment (a quote across a page break), with whitespace, case, markup and
 * dashes normalised. For a CSV (SCB's reference), a row is cited when a locator names it
 * ("row 12").
 */
export interface FactCount {
  stated: number;
  inferred: number;
}

export interface Passage {
  /** 1-based line of the source file where the passage starts. */
  line: number;
  text: string;
}

export interface SourceCoverage {
  source: string;
  file: string | null;
  title: string | null;
  nodes: FactCount;
  relationships: FactCount;
  /** Null when the source's text is not where the report looks (e.g. a Docker image without ../shared/sources). */
  passages: { total: number; cited: number; uncited: Passage[] } | null;
}

/** One row of cypher/seed/facts.cypher, or of the seed files read without a database. */
export interface FactRow {
  source: string;
  file?: string | null;
  title?: string | null;
  what: 'node' | 'relationship';
  certainty: 'STATED' | 'INFERRED';
  count: number;
  locators: string[];
}

/** Where a source's text is: shared/sources beside the repository, or a path inside it (the SCB reference). */
export function sourceTextPath(file: string): string {
  return file.includes('/') ? join(ROOT, file) : join(ROOT, '..', 'shared', 'sources', file);
}

const MARKUP = /<\/?[a-z][^>]*>|\*\*|\*|^#+\s*/gi;
export const normalised = (text: string): string =>
  text
    .replace(MARKUP, ' ')
    .replace(/[‐-―−]/g, '-')
    .replace(/[’‘`´]/g, "'")
    .replace(/[”“]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** The passages of a source text: paragraphs and table rows, each with the line it starts on. */
export function passagesOf(text: string, csv = false): Passage[] {
  const lines = text.split(/\r?\n/);
  if (csv) return lines.slice(1).map((t, i) => ({ line: i + 2, text: t })).filter((p) => p.text.trim());
  const out: Passage[] = [];
  let start = -1;
  let buffer: string[] = [];
  const flush = () => {
    if (buffer.length) out.push({ line: start + 1, text: buffer.join('\n') });
    buffer = [];
  };
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (!trimmed || /^-{3,}/.test(trimmed)) return flush();
    if (line.includes('\t')) {
      flush();
      out.push({ line: i + 1, text: line });
      return;
    }
    if (!buffer.length) start = i;
    buffer.push(line);
  });
  flush();
  // Headings, the table of contents and fragments of a word or two are not passages a fact could cite.
  return out.filter((p) => {
    const t = p.text.trim();
    const words = normalised(t).split(' ').filter((w) => /\p{L}|\d/u.test(w)).length;
    if (/^#/.test(t) || /\.{4,}/.test(t) || /^\*\*[^*]+\*\*$/.test(t) || /^<b>.*<\/b>$/.test(t)) return false;
    // A table-of-contents line: a short title ending in its page number.
    if (words <= 8 && /\s\d{1,3}$/.test(t)) return false;
    return words >= 3;
  });
}

/** The quoted fragments of a locator, normalised, long enough to place (8 characters or more). */
export function quotedFragments(locator: string): string[] {
  const quoted = [...locator.matchAll(/'([^']+)'|"([^"]+)"|“([^”]+)”|‘([^’]+)’/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
  return quoted
    .flatMap((q) => q.split(/\.\.\.|…/))
    .map(normalised)
    .filter((f) => f.length >= 8);
}

/** Whether any fragment is quoted from the passage (or covers the whole passage). */
function cites(passage: string, fragments: string[]): boolean {
  const text = normalised(passage);
  return fragments.some((f) => text.includes(f) || (text.length >= 8 && f.includes(text)));
}

/** The report per source, from fact rows and each source's text (read through `readText`; null when absent). */
export function sourceCoverage(rows: FactRow[], readText: (file: string) => string | null): SourceCoverage[] {
  const bySource = new Map<string, SourceCoverage & { locators: Set<string> }>();
  for (const r of rows) {
    const entry =
      bySource.get(r.source) ??
      bySource
        .set(r.source, {
          source: r.source,
          file: r.file ?? null,
          title: r.title ?? null,
          nodes: { stated: 0, inferred: 0 },
          relationships: { stated: 0, inferred: 0 },
          passages: null,
          locators: new Set(),
        })
        .get(r.source)!;
    const counts = r.what === 'node' ? entry.nodes : entry.relationships;
    counts[r.certainty === 'INFERRED' ? 'inferred' : 'stated'] += Number(r.count);
    for (const l of r.locators) if (l) entry.locators.add(l);
  }
  return [...bySource.values()]
    .sort((a, b) => a.source.localeCompare(b.source))
    .map(({ locators, ...c }) => {
      const text = c.file ? readText(c.file) : null;
      if (text === null) return c;
      const csv = c.file!.endsWith('.csv');
      const passages = passagesOf(text, csv);
      const rowsNamed = new Set([...locators].flatMap((l) => [...l.matchAll(/\brow (\d+)\b/g)].map((m) => Number(m[1]))));
      const fragments = [...locators].flatMap(quotedFragments);
      const uncited = passages.filter((p) => (csv ? !rowsNamed.has(p.line) : !cites(p.text, fragments)));
      return { ...c, passages: { total: passages.length, cited: passages.length - uncited.length, uncited } };
    });
}

/** Reads a source's text, or null when it is not there. */
export function readSourceText(file: string): string | null {
  const path = sourceTextPath(file);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/** The report from the graph: one statement (cypher/seed/facts.cypher), then the texts. */
export async function certaintyCoverage(db: Database): Promise<SourceCoverage[]> {
  return sourceCoverage((await db.read('seed/facts')) as FactRow[], readSourceText);
}

const share = (part: number, all: number): string => (all === 0 ? '-' : `${((100 * part) / all).toFixed(1)}%`);

/** The per-source report as text (`npm run seed -- --report`, `npm run seed:check -- --coverage`). */
export function formatSourceCoverage(report: SourceCoverage[], uncitedShown = Infinity): string {
  const lines = ['', 'Per source: facts stated and inferred (a fact cited by two sources counts under both), and passages no fact cites'];
  for (const c of report) {
    const n = c.nodes.stated + c.nodes.inferred;
    const r = c.relationships.stated + c.relationships.inferred;
    lines.push('', `${c.source}${c.file ? ` (${c.file})` : ''}`);
    lines.push(`  nodes:         ${c.nodes.stated} stated (${share(c.nodes.stated, n)}), ${c.nodes.inferred} inferred (${share(c.nodes.inferred, n)}) of ${n}`);
    lines.push(
      `  relationships: ${c.relationships.stated} stated (${share(c.relationships.stated, r)}), ${c.relationships.inferred} inferred (${share(c.relationships.inferred, r)}) of ${r}`,
    );
    if (!c.passages) {
      lines.push('  passages:      source text not found');
      continue;
    }
    const p = c.passages;
    lines.push(`  passages:      ${p.cited} of ${p.total} cited (${share(p.cited, p.total)}); ${p.uncited.length} cited by no fact:`);
    for (const u of p.uncited.slice(0, uncitedShown)) lines.push(`    line ${u.line}: ${u.text.replace(/\s+/g, ' ').slice(0, 140)}`);
    if (p.uncited.length > uncitedShown) lines.push(`    … and ${p.uncited.length - uncitedShown} more`);
  }
  return lines.join('\n');
}

/** Fact rows from the seed files themselves (no database): what `npm run seed:check -- --coverage` reports. */
export function factRowsOf(graph: Graph): FactRow[] {
  const sources = new Map(graph.nodes.filter((n) => n.label === 'Source').map((n) => [n.id, n.props]));
  const groups = new Map<string, { row: FactRow; facts: Set<string>; locators: Set<string> }>();
  const add = (fact: string, what: FactRow['what'], props: Record<string, unknown>) => {
    const ids = (props.sourceIds as string[]) ?? [];
    const locators = (props.locators as string[]) ?? [];
    const certainty = props.certainty === 'INFERRED' ? 'INFERRED' : 'STATED';
    ids.forEach((source, i) => {
      const key = `${source}|${what}|${certainty}`;
      const s = sources.get(source);
      const group =
        groups.get(key) ??
        groups
          .set(key, {
            row: { source, file: (s?.file as string) ?? null, title: (s?.title as string) ?? null, what, certainty, count: 0, locators: [] },
            facts: new Set(),
            locators: new Set(),
          })
          .get(key)!;
      group.facts.add(fact);
      group.locators.add(locators[i]);
    });
  };
  for (const n of graph.nodes) add(n.id, 'node', n.props);
  for (const r of graph.rels) add(`${r.from}|${r.type}|${r.key}|${r.to}`, 'relationship', r.props);
  return [...groups.values()].map((g) => ({ ...g.row, count: g.facts.size, locators: [...g.locators] }));
}
