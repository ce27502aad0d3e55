import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { cursorOf, DEFAULT_PAGE, MAX_PAGE, type Page } from './page';

// The page rules live in ./page.ts (no GraphQL there); the cost estimate reads DEFAULT_PAGE from here.
export { DEFAULT_PAGE, MAX_PAGE };

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
    totalCount!: number | null;
  }

  const build = (page: Page<T>): Connection =>
    Object.assign(new Connection(), {
      edges: page.nodes.map((node, i) => Object.assign(new Edge(), { cursor: cursorOf(page.offset + i), node })),
      nodes: page.nodes,
      totalCount: page.total,
      pageInfo: Object.assign(new PageInfo(), {
        hasPreviousPage: page.offset > 0,
        hasNextPage: page.hasNext,
        startCursor: page.nodes.length ? cursorOf(page.offset) : null,
        endCursor: page.nodes.length ? cursorOf(page.offset + page.nodes.length - 1) : null,
      }),
    });
  return { Connection, build };
}
