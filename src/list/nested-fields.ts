import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  isCompositeType,
  isListType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLOutputType,
} from 'graphql';
import { KINDS } from '../model';
import type { Context } from '../server/context';
import { nodes } from '../shared/nodes';
import type { Related } from '../shared/repository';
import { asksFor } from './asks';
import { connectionValue, fromWindows, NESTED_MAX, NESTED_PAGE, nestedPage, nestedWindow, PAGED_IN_PLAN, pageKeysOf } from './nested';
import type { Page } from './page';

/**
 * A relationship list: a list-valued field of objects on a kind of the model (a body's
 * items, an area's bodies), not a list of citations. Each is paged (src/list/nested.ts).
 */
export function isNestedList(parent: string, field: GraphQLField<unknown, unknown>): boolean {
  return parent in KINDS && field.name !== 'sources' && isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type));
}

/** The twin connection field of a relationship list (`itemsPreparedConnection` of `itemsPrepared`), by its name; null for any other field. */
export function twinOf(parent: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | null {
  if (!isObjectType(parent) || !name.endsWith('Connection') || !(parent.name in KINDS)) return null;
  const base = parent.getFields()[name.slice(0, -'Connection'.length)];
  return base && isNestedList(parent.name, base) ? base : null;
}

const argument = (name: string, type: GraphQLScalarType, description: string): GraphQLArgument => ({
  name,
  description,
  type,
  defaultValue: undefined,
  deprecationReason: undefined,
  extensions: {},
  astNode: undefined,
});

const pageArguments = (field: string, twin: boolean): GraphQLArgument[] => [
  argument(
    'first',
    GraphQLInt,
    twin
      ? `Rows in this page: default ${NESTED_PAGE}, at most ${NESTED_MAX} (more is refused with BAD_USER_INPUT).`
      : `At most this many: default ${NESTED_PAGE}, at most ${NESTED_MAX} (more is refused with BAD_USER_INPUT). ${field}Connection gives the same list with pageInfo and totalCount.`,
  ),
  argument(
    'after',
    GraphQLString,
    `Start after this cursor (pageInfo.endCursor or an edge's cursor from ${field}Connection, the same list in the same order); from the start when left out.`,
  ),
];

/** `<Name>Connection` and `<Name>Edge` for a node type: the existing ones of the top-level lists, or new ones of the same shape. */
function connectionType(schema: GraphQLSchema, made: Map<string, GraphQLObjectType>, node: GraphQLNamedType): GraphQLObjectType {
  const name = `${node.name}Connection`;
  const existing = schema.getType(name) ?? made.get(name);
  if (existing) return existing as GraphQLObjectType;
  const pageInfo = schema.getType('PageInfo') as GraphQLObjectType;
  const nodeType = new GraphQLNonNull(node as GraphQLOutputType & GraphQLNamedType);
  const edge = new GraphQLObjectType({
    name: `${node.name}Edge`,
    description: `A ${node.name} in a list, with its cursor.`,
    fields: {
      cursor: { type: new GraphQLNonNull(GraphQLString), description: 'Opaque cursor of this row.' },
      node: { type: nodeType, description: `The ${node.name}.` },
    },
  });
  const connection = new GraphQLObjectType({
    name,
    description: `A page of ${node.name} rows (Relay connection).`,
    fields: {
      edges: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(edge))), description: 'The rows of this page with their cursors.' },
      nodes: { type: new GraphQLNonNull(new GraphQLList(nodeType)), description: 'The rows of this page.' },
      pageInfo: { type: new GraphQLNonNull(pageInfo), description: 'Where this page lies.' },
      totalCount: { type: new GraphQLNonNull(GraphQLInt), description: 'How many rows the whole list has, with the filters applied.' },
    },
  });
  made.set(name, connection);
  return connection;
}

type Resolve = GraphQLFieldResolver<unknown, Context>;

/**
 * One page of a relationship list: from what the planned statement read for it (its
 * windows, src/plan), or else from the whole list the field's resolver reads, counted only
 * when `count`. Bad `first`/`after` are refused here, naming the argument.
 */
async function pageOf(parent: string, field: string, resolve: Resolve, count: boolean, ...call: Parameters<Resolve>): Promise<Page<unknown>> {
  const [source, args, ctx, info] = call;
  const { first, after, ...rest } = args as { first?: number; after?: string };
  const window = nestedWindow({ first, after });
  const id = (source as { id?: string }).id;
  if (`${parent}.${field}` in PAGED_IN_PLAN && id) {
    const read = fromWindows<Related>(
      pageKeysOf(parent, field).map((key) => ctx.loaders.window(id, key)),
      window,
    );
    if (read && (!count || read.total !== null)) return nestedPage(nodes(read.rows), window, count ? read.total : null);
  }
  const all = (await resolve(source, rest, ctx, info)) as unknown[];
  return nestedPage(all.slice(window.offset, window.offset + window.first + 1), window, count ? all.length : null);
}

/**
 * Every relationship list of an object type takes `first`/`after` and gets a twin
 * `<field>Connection` with the same arguments, returning the connection shape of the
 * top-level lists (edges, nodes, pageInfo, totalCount). The schema is rebuilt with the new
 * connection types; resolvers stay as they were, wrapped.
 */
export function pageNestedLists(schema: GraphQLSchema): GraphQLSchema {
  const made = new Map<string, GraphQLObjectType>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !(type.name in KINDS)) continue;
    const fields = type.getFields();
    for (const field of Object.values(fields)) {
      if (!isNestedList(type.name, field) || field.args.some((a) => a.name === 'first' || a.name === 'after')) continue;
      const resolve = (field.resolve ?? defaultFieldResolver) as Resolve;
      const base = field.name;
      const twin = `${base}Connection`;
      if (fields[twin]) throw new Error(`nested lists: ${type.name}.${twin} already exists`);
      const args = [...field.args];
      const said = field.description ?? base;
      field.args = [...args, ...pageArguments(base, false)];
      field.description =
        `${said} Paged: the first ${NESTED_PAGE} unless \`first\` says otherwise (at most ${NESTED_MAX}); ${twin} gives pageInfo and totalCount.`.trim();
      field.resolve = async (...call) => (await pageOf(type.name, base, resolve, false, ...call)).nodes;
      fields[twin] = {
        name: twin,
        description: `${said} As a connection: a page (default ${NESTED_PAGE}, at most ${NESTED_MAX}) with cursors and pageInfo, in the order of ${base}; totalCount is counted only when asked for.`,
        type: new GraphQLNonNull(connectionType(schema, made, getNamedType(field.type))),
        args: [...args, ...pageArguments(base, true)],
        resolve: async (...call: Parameters<Resolve>) => connectionValue(await pageOf(type.name, base, resolve, asksFor(call[3], 'totalCount'), ...call)),
        subscribe: undefined,
        deprecationReason: undefined,
        extensions: {},
        astNode: undefined,
      };
    }
  }
  const config = schema.toConfig();
  return new GraphQLSchema({ ...config, types: [...config.types, ...made.values()] });
}
