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

/** One page of a list: its rows, where it starts, and how long the whole list is. */
export interface Page<T> {
  total: number;
  offset: number;
  nodes: T[];
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
    throw new BadInput(`${arg}: '${shown(cursor)}' is not a cursor from this list; pass a cursor from pageInfo or an edge, or leave ${arg} out to start from the ${arg === 'after' ? 'beginning' : 'end'}`, arg);
  }
  return Number(match[1]);
}

/** The page asked for, as offsets for the list statement; refuses unbounded pages. */
export function pageParams(args: PageRequest): { after: number | null; before: number | null; first: number | null; last: number | null } {
  for (const [name, value] of [['first', args.first], ['last', args.last]] as const) {
    if (value !== undefined && value !== null && (value < 0 || value > MAX_PAGE)) {
      throw new BadInput(`${name} must be between 0 and ${MAX_PAGE}; page through longer lists with cursors`, name);
    }
  }
  const last = args.last ?? null;
  return {
    after: args.after ? offsetOf(args.after, 'after') : null,
    before: args.before ? offsetOf(args.before, 'before') : null,
    first: args.first ?? (last === null ? DEFAULT_PAGE : null),
    last,
  };
}
