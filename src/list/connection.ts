import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { userError } from '../server/errors';
import { shown } from '../shared/limits';

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page forward: at most this many after \`after\` (default ${DEFAULT_PAGE}, at most ${MAX_PAGE}).` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last row of the previous page.' })
  after?: string;

  @Field(() => Int, { nullable: true, description: `Page backward: at most this many before \`before\` (at most ${MAX_PAGE}).` })
  last?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the first row of the next page.' })
  before?: string;
}

@ObjectType({ description: 'Where a page lies in the whole list (Relay).' })
export class PageInfo {
  @Field({ description: 'More rows after this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'More rows before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first row of this page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last row of this page.' })
  endCursor!: string | null;
}

export const cursorOf = (offset: number): string => Buffer.from(`offset:${offset}`).toString('base64');

/**
 * The offset in a cursor this API made, or BAD_USER_INPUT. Only the exact text cursorOf
 * gives is accepted: not lenient base64, not negative or fractional offsets, not offsets
 * of a billion or more (no list is that long, and Neo4j takes offsets as 32-bit numbers).
 */
function offsetOf(cursor: string, arg: string): number {
  const match = /^offset:(0|[1-9]\d{0,8})$/.exec(Buffer.from(cursor, 'base64').toString('latin1'));
  if (!match || cursorOf(Number(match[1])) !== cursor) {
    throw userError('BAD_USER_INPUT', `${arg}: '${shown(cursor)}' is not a cursor from this list; pass a cursor from pageInfo or an edge, or leave ${arg} out to start from the ${arg === 'after' ? 'beginning' : 'end'}`, { field: arg });
  }
  return Number(match[1]);
}

/** The page the arguments ask for, as offsets for the list statement; refuses unbounded pages. */
export function pageParams(args: PageArgs): { after: number | null; before: number | null; first: number | null; last: number | null } {
  for (const [name, value] of [['first', args.first], ['last', args.last]] as const) {
    if (value !== undefined && value !== null && (value < 0 || value > MAX_PAGE)) {
      throw userError('BAD_USER_INPUT', `${name} must be between 0 and ${MAX_PAGE}; page through longer lists with cursors`, { field: name });
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

export interface Page<T> {
  total: number;
  offset: number;
  nodes: T[];
}

/** A Relay connection type for nodes of `cls`: edges with cursors, nodes, pageInfo, totalCount. */
export function connectionOf<T extends object>(cls: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `A ${name} in a list, with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque cursor of this row.' })
    cursor!: string;

    @Field(() => cls, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} rows (Relay connection).` })
  class Connection {
    @Field(() => [Edge], { description: 'The rows of this page with their cursors.' })
    edges!: Edge[];

    @Field(() => [cls], { description: 'The rows of this page.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Where this page lies.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many rows the whole list has, with the filters applied.' })
    totalCount!: number;
  }

  const build = (page: Page<T>): Connection =>
    Object.assign(new Connection(), {
      edges: page.nodes.map((node, i) => Object.assign(new Edge(), { cursor: cursorOf(page.offset + i), node })),
      nodes: page.nodes,
      totalCount: page.total,
      pageInfo: Object.assign(new PageInfo(), {
        hasPreviousPage: page.offset > 0,
        hasNextPage: page.offset + page.nodes.length < page.total,
        startCursor: page.nodes.length ? cursorOf(page.offset) : null,
        endCursor: page.nodes.length ? cursorOf(page.offset + page.nodes.length - 1) : null,
      }),
    });
  return { Connection, build };
}
