import type { Database, Row } from '../db/database';
import { REPORTING_KINDS } from '../model/kinds';
import { BadInput } from '../shared/bad-input';
import type { EntityRow } from '../shared/repository';

/** The deepest a chain may be followed: bounds the paths one statement enumerates. */
export const HARD_MAX_DEPTH = 12;

/** Lines that lead upwards, the default of chains; SUPPORTED_BY (a secretariat) is beside a body, not above it. */
export const UPWARD = ['REPORTS_TO', 'SUBORDINATE_TO', 'PREPARES_FOR', 'OVERSEEN_BY'];

/** One reporting line: the entity it starts from, the one it leads to, and its own properties (kind, dates, sources). */
export interface LineRow {
  from: EntityRow;
  to: EntityRow;
  rel: Row;
}

export interface ChainRows {
  /** Every line followed, with the fewest lines between the start and it. */
  lines: (LineRow & { depth: number })[];
  /** Every entity reached (the start not among them), nearest first, with its depth. */
  reached: { entity: EntityRow; depth: number }[];
  /** Whether lines go on below `depth`. */
  truncated: boolean;
}

/** What a chain follows: kinds of line (upwards by default), how deep, valid on which day (any when left out). */
export interface ChainSelection {
  kinds?: string[];
  depth: number;
  asOf?: string;
}

/**
 * The parameters of a chain's statement (cypher/reporting/chainUp|chainDown), or BadInput.
 * It asks one level deeper than wanted, only to tell whether the chain was cut short.
 */
export function chainParams(id: string, selection: ChainSelection): Row {
  const { depth } = selection;
  if (depth < 1 || depth > HARD_MAX_DEPTH) throw new BadInput(`depth must be between 1 and ${HARD_MAX_DEPTH}`, 'depth');
  return { id, kinds: selection.kinds ?? UPWARD, depth: Math.min(depth + 1, HARD_MAX_DEPTH), asOf: selection.asOf ?? null };
}

/** The statement of a chain up or down. */
export const chainStatement = (direction: 'up' | 'down') => (direction === 'up' ? 'reporting/chainUp' : 'reporting/chainDown');

/**
 * The rows' order: as the chain statements give it (ORDER BY depth, fromProps.id, toProps.id),
 * and parallel lines between the same two entities by kind, so a chain read on its own and
 * one collected in a composed statement (src/plan/special.ts) list their lines alike.
 */
const byDepth = (a: Row, b: Row): number =>
  a.depth - b.depth || compare(a.fromProps.id, b.fromProps.id) || compare(a.toProps.id, b.toProps.id) || compare(a.rel.kind ?? '', b.rel.kind ?? '');
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function lineOf(row: Row): LineRow {
  return { from: { labels: row.fromLabels, props: row.fromProps }, to: { labels: row.toLabels, props: row.toProps }, rel: row.rel };
}

/** Reporting chains and paths: each one statement (cypher/reporting/), bounded by depth. */
export class ReportingRepository {
  /** Chains a planned statement already read (src/plan/special.ts), by direction and parameters. */
  private readonly primed = new Map<string, Row[]>();

  constructor(private readonly db: Database) {}

  /** Gives the repository a chain's rows read by a planned statement, so the chain field sends no statement of its own. */
  primeChain(direction: 'up' | 'down', params: Row, rows: Row[]): void {
    this.primed.set(JSON.stringify([direction, params]), rows);
  }

  /**
   * The lines of a chain up or down from `id` to `depth`. One statement: it asks one level
   * deeper than wanted, only to tell the caller whether the chain was cut short.
   */
  async chain(direction: 'up' | 'down', id: string, selection: ChainSelection): Promise<ChainRows> {
    const { depth } = selection;
    const params = chainParams(id, selection);
    const rows = [...(this.primed.get(JSON.stringify([direction, params])) ?? (await this.db.read(chainStatement(direction), params)))].sort(byDepth);
    const lines = rows.filter((r) => r.depth <= depth).map((r) => ({ ...lineOf(r), depth: r.depth as number }));
    const reached = new Map<string, { entity: EntityRow; depth: number }>();
    for (const line of lines) {
      const entity = direction === 'up' ? line.to : line.from;
      if (entity.props.id !== id && !reached.has(entity.props.id)) reached.set(entity.props.id, { entity, depth: line.depth });
    }
    return { lines, reached: [...reached.values()].sort((a, b) => a.depth - b.depth), truncated: rows.some((r) => r.depth > depth) };
  }

  /** The shortest ways two entities are connected, following lines of `kinds` (all by default) either way; at most `limit`. */
  async paths(from: string, to: string, selection: { kinds?: string[]; asOf?: string; limit: number }): Promise<LineRow[][]> {
    const rows = await this.db.read('reporting/paths', {
      from,
      to,
      kinds: selection.kinds ?? REPORTING_KINDS,
      asOf: selection.asOf ?? null,
      limit: selection.limit,
    });
    return rows.map((r) => r.steps.map(lineOf));
  }
}
