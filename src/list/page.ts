import { BadInput } from '../shared/bad-input';
import { shown } from '../shared/limits';

/** Pages: how big by default and at most, and cursors (opaque to clients: an offset in the list). */
export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

/** The page a client asks for (Relay: first/after forward, last/before backward). */
export interface PageRequest {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** One page of a list: its rows, where it starts, whether rows follow it, and how long the whole list is (null when not counted). */
export interface Page<T> {
  total: number | null;
  offset: number;
  nodes: T[];
  hasNext: boolean;
}

export const cursorOf = (offset: number): string => Buffer.from(`offset:${offset}`).toString('base64');

/**
 * The offset in a cursor this API made, or BadInput. Only the exact text cursorOf
 * gives is accepted: not lenient base64, not negative or fractional offsets, not offsets
 * of a billion or more (no list is that long, and Neo4j takes offsets as 32-bit numbers).
 */
function offsetOf(cursor: string, arg: string): number {
  const match = /^offset:(0|[1-9]\d{0,8})$/.exec(Buffer.from(cursor, 'base64').toString('latin1'));
  if (!match || cursorOf(Number(match[1])) !== cursor) {
    throw new BadInput(
      `${arg}: '${shown(cursor)}' is not a cursor from this list; pass a cursor from pageInfo or an edge, or leave ${arg} out to start from the ${arg === 'after' ? 'beginning' : 'end'}`,
      arg,
    );
  }
  return Number(match[1]);
}

/** How big a page is by default and at most: the top-level lists' sizes, or a nested list's (src/list/nested.ts). */
export interface PageSizes {
  first: number;
  max: number;
}

/** The page asked for, as offsets for the list statement; refuses unbounded pages. */
export function pageParams(
  args: PageRequest,
  sizes: PageSizes = { first: DEFAULT_PAGE, max: MAX_PAGE },
): { after: number | null; before: number | null; first: number | null; last: number | null } {
  for (const [name, value] of [
    ['first', args.first],
    ['last', args.last],
  ] as const) {
    if (value !== undefined && value !== null && (value < 0 || value > sizes.max)) {
      throw new BadInput(`${name} must be between 0 and ${sizes.max}; page through longer lists with cursors`, name);
    }
  }
  const last = args.last ?? null;
  return {
    after: args.after ? offsetOf(args.after, 'after') : null,
    before: args.before ? offsetOf(args.before, 'before') : null,
    first: args.first ?? (last === null ? sizes.first : null),
    last,
  };
}

/** Which rows of the sorted list one statement reads: SKIP/LIMIT from the start, or LIMIT from the end; and whether it counts them all. */
export interface PageWindow {
  skip: number;
  limit: number;
  fromEnd: boolean;
  count: boolean;
}

/** How to read one page and place it in the list. */
export interface Paging {
  window: PageWindow;
  /**
   * The page from the rows as the window read them and the count (null when not
   * counted); null when `before` lies past the end of the list, so the page can only be
   * placed from the end (read it again with `fromTheEnd`).
   */
  place<T>(rows: T[], total: number | null): Page<T> | null;
}

/**
 * The page a request asks for, read without knowing how long the list is. The list's rows
 * are [lo, hi) with lo0 = after + 1 (or 0), hi = min(lo0 + first, before, length) and
 * lo = max(hi - last, lo0) (Relay's algorithm on offsets). Forward, the window reads one
 * row past the page: hasNextPage is whether that row exists, so nothing is counted unless
 * totalCount is asked for. Only `last` without `before` must know the length: it reads the
 * last rows from the end and counts.
 */
export function paging(p: ReturnType<typeof pageParams>, count: boolean): Paging {
  const lo0 = p.after === null ? 0 : p.after + 1;
  if (p.first !== null) {
    const n = p.before === null ? p.first : Math.min(p.first, Math.max(0, p.before - lo0));
    return {
      window: { skip: lo0, limit: n + 1, fromEnd: false, count },
      place: (rows, total) => {
        const hi = Math.min(n, rows.length);
        const lo = p.last === null ? 0 : Math.max(hi - p.last, 0);
        return { total, offset: lo0 + lo, nodes: rows.slice(lo, hi), hasNext: total === null ? rows.length > n : lo0 + hi < total };
      },
    };
  }
  const last = p.last ?? 0;
  if (p.before !== null) {
    const skip = Math.max(p.before - last, lo0);
    const n = Math.max(0, p.before - skip);
    return {
      window: { skip, limit: n + 1, fromEnd: false, count },
      place: (rows, total) =>
        rows.length < n ? null : { total, offset: skip, nodes: rows.slice(0, n), hasNext: total === null ? rows.length > n : skip + n < total },
    };
  }
  return fromTheEnd(lo0, last);
}

/** The last `last` rows at or after lo0: read backwards from the end, counting the list to place them. */
export function fromTheEnd(lo0: number, last: number): Paging {
  return {
    window: { skip: 0, limit: last, fromEnd: true, count: true },
    place: (rows, total) => {
      const size = total ?? 0;
      const lo = Math.max(size - last, lo0);
      const nodes = [...rows].reverse().slice(Math.max(0, lo - (size - rows.length)));
      return { total, offset: lo, nodes, hasNext: false };
    },
  };
}
